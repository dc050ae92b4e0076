package vn.sotay.audit;

import java.time.Instant;

/** One line of the audit log as admins and the API see it. */
public record AuditView(long id, Instant occurredAt, String action, String actor, String target, String clientAddress,
        String details) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.getId(), e.getOccurredAt(), e.getAction(), e.getActor(), e.getTarget(),
                e.getClientAddress(), e.getDetails());
    }
}
