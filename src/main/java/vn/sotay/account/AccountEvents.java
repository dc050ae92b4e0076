package vn.sotay.account;

import vn.sotay.shared.AuditedEvent;

/** Events of the account module; each is audited, none carries a password or token except where named. */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record SignInSucceeded(String actor, String clientAddress, String channel) implements AuditedEvent {
        public String action() {
            return "SIGN_IN_SUCCEEDED";
        }

        public String details() {
            return channel;
        }
    }

    /** {@code reason} is for the log only: the user is told the same thing whatever it is. */
    public record SignInFailed(String actor, String clientAddress, String reason) implements AuditedEvent {
        public String action() {
            return "SIGN_IN_FAILED";
        }

        public String details() {
            return reason;
        }
    }

    public record SignInThrottled(String actor, String clientAddress, String scope) implements AuditedEvent {
        public String action() {
            return "SIGN_IN_THROTTLED";
        }

        public String details() {
            return scope;
        }
    }

    public record SignedOut(String actor, String clientAddress, String channel) implements AuditedEvent {
        public String action() {
            return "SIGNED_OUT";
        }

        public String details() {
            return channel;
        }
    }

    public record PasswordChanged(String actor, String clientAddress, boolean firstPassword) implements AuditedEvent {
        public String action() {
            return firstPassword ? "PASSWORD_SET_FIRST" : "PASSWORD_CHANGED";
        }
    }

    public record PasswordChangeRefused(String actor, String clientAddress, String reasons) implements AuditedEvent {
        public String action() {
            return "PASSWORD_CHANGE_REFUSED";
        }

        public String details() {
            return reasons;
        }
    }

    /**
     * A reset link was asked for an existing account with an e-mail. {@code link} is a secret: the mail
     * module puts it into the e-mail; it is never logged.
     */
    public record PasswordResetRequested(String actor, String email, String fullName, String link,
            long validMinutes, String clientAddress) implements AuditedEvent {
        public String action() {
            return "PASSWORD_RESET_REQUESTED";
        }

        @Override
        public String toString() {
            return "PasswordResetRequested[" + actor + "]";
        }
    }

    /** A reset was asked for a name that has no account, no e-mail, or was asked too often. */
    public record PasswordResetIgnored(String actor, String clientAddress, String reason) implements AuditedEvent {
        public String action() {
            return "PASSWORD_RESET_IGNORED";
        }

        public String details() {
            return reason;
        }
    }

    public record PasswordResetCompleted(String actor, String clientAddress) implements AuditedEvent {
        public String action() {
            return "PASSWORD_RESET_COMPLETED";
        }
    }

    public record PasswordResetLinkRefused(String clientAddress, String reason) implements AuditedEvent {
        public String action() {
            return "PASSWORD_RESET_LINK_REFUSED";
        }

        public String actor() {
            return "-";
        }

        public String details() {
            return reason;
        }
    }

    public record InitialAdminCreated(String target) implements AuditedEvent {
        public String action() {
            return "INITIAL_ADMIN_CREATED";
        }

        public String actor() {
            return "system";
        }
    }

    /**
     * An account was issued or its credentials re-issued. {@code initialPassword} is a secret: the mail module
     * puts it into the credential e-mail (or the office prints a slip); it is never logged or persisted elsewhere.
     * Not audited itself: a re-issue is audited as {@link AccountAdministered}, bulk issuance once per chunk by
     * provisioning (an audit row per account would cost a quarter of the issuance time for 100,000 members).
     */
    public record AccountIssued(String target, String fullName, String email, Long organizationId,
            String initialPassword, java.time.Instant expiresAt, boolean reissue, String actor) {

        @Override
        public String toString() {
            return "AccountIssued[" + target + "]";
        }
    }

    /** An admin acted on an account: unlock, grant or revoke a role, disable, enable. */
    public record AccountAdministered(String action, String target, String details) implements AuditedEvent {
    }
}
