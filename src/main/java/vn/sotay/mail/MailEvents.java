package vn.sotay.mail;

import vn.sotay.shared.AuditedEvent;

/** Audited events of the outbox. None carries a message body. */
public final class MailEvents {

    private MailEvents() {
    }

    /** An admin opened a message that carries credentials (a password or a reset link). */
    public record SensitiveMailRead(long messageId, String recipient, String category) implements AuditedEvent {
        public String action() {
            return "MAIL_SENSITIVE_READ";
        }

        public String target() {
            return recipient;
        }

        public String details() {
            return "#" + messageId + " " + category;
        }
    }

    /** An admin put a FAILED message back into the queue ("Gửi lại"). */
    public record MailRetried(long messageId, String recipient) implements AuditedEvent {
        public String action() {
            return "MAIL_RETRIED";
        }

        public String target() {
            return recipient;
        }

        public String details() {
            return "#" + messageId;
        }
    }

    /** The sender gave a message up: the address was refused or every attempt failed. */
    public record MailFailed(long messageId, String recipient, String error) implements AuditedEvent {
        public String action() {
            return "MAIL_FAILED";
        }

        public String actor() {
            return "system";
        }

        public String target() {
            return recipient;
        }

        public String details() {
            return "#" + messageId + " " + error;
        }
    }
}
