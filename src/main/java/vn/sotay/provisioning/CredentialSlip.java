package vn.sotay.provisioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The credentials of a member without e-mail, waiting to be printed on a slip. The one-time password is kept only
 * until the slip is printed (then erased: to print again, re-issue the credentials).
 */
@Entity
@Table(name = "credential_slip")
public class CredentialSlip {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credential_slip_seq")
    @SequenceGenerator(name = "credential_slip_seq", sequenceName = "credential_slip_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "organization_id")
    private Long organizationId;

    private String password;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "printed_at")
    private Instant printedAt;

    @Column(name = "printed_by")
    private String printedBy;

    protected CredentialSlip() {
    }

    CredentialSlip(String username, String fullName, Long organizationId, String password, Instant expiresAt, Instant now) {
        this.username = username;
        this.fullName = fullName;
        this.organizationId = organizationId;
        this.password = password;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    void printed(String by, Instant now) {
        this.printedAt = now;
        this.printedBy = by;
        this.password = null;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    String getPassword() {
        return password;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }
}
