package vn.sotay.shared;

/**
 * An event that the audit log records. Modules publish these; the audit module listens and adds the
 * time, and the client address and acting account when the event does not name them.
 */
public interface AuditedEvent {

    /** A stable code such as {@code SIGN_IN_FAILED}. */
    String action();

    /** The account name that acted, or {@code null} to take it from the current security context. */
    default String actor() {
        return null;
    }

    /** What was acted on, e.g. an account name or an organisation code. */
    default String target() {
        return null;
    }

    /** The client address, or {@code null} to take it from the current request. */
    default String clientAddress() {
        return null;
    }

    /** Non-secret details for the log. Never a password or token. */
    default String details() {
        return null;
    }
}
