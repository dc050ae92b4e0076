package vn.sotay.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log; never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(length = 64, updatable = false)
    private String actor;

    @Column(length = 200, updatable = false)
    private String target;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Column(length = 2000, updatable = false)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String action, String actor, String target, String clientAddress, String details) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor;
        this.target = target;
        this.clientAddress = clientAddress;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getTarget() {
        return target;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetails() {
        return details;
    }
}
