package vn.sotay.provisioning.internal;

/** The uploaded file cannot be read as a member list at all; the message says why, in Vietnamese. */
public class UnreadableListException extends RuntimeException {
    public UnreadableListException(String message) {
        super(message);
    }

    public UnreadableListException(String message, Throwable cause) {
        super(message, cause);
    }
}
