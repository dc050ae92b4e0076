package vn.sotay.provisioning;

import vn.sotay.shared.AuditedEvent;

/** Audited steps of provisioning. */
public final class ProvisioningEvents {

    private ProvisioningEvents() {
    }

    /** A list was uploaded, submitted, rejected, approved or fully issued; {@code action} says which. */
    public record ListStep(String action, String target, String details) implements AuditedEvent {
    }
}
