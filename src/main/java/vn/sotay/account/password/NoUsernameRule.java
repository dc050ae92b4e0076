package vn.sotay.account.password;

import java.util.Locale;

/** The password must not contain the account name (the card number), in any case. */
record NoUsernameRule() implements PasswordRule {

    public String code() {
        return "CONTAINS_USERNAME";
    }

    public boolean isMet(String password, String username) {
        if (username == null || username.isBlank()) {
            return true;
        }
        return !password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT));
    }
}
