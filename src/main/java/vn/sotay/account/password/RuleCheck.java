package vn.sotay.account.password;

/** The outcome of one rule for one candidate password. */
public record RuleCheck(PasswordRule rule, boolean met) {
}
