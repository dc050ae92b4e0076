package vn.sotay.account.password;

/** One rule of the password policy. */
public interface PasswordRule {

    /** A stable code, used in API errors and as the message key {@code password.rule.<code>}. */
    String code();

    /** Arguments of the rule's message, e.g. the minimum length. */
    default Object[] args() {
        return new Object[0];
    }

    /** Whether the (normalised) password satisfies the rule for this account name. */
    boolean isMet(String password, String username);
}
