package vn.sotay.account.password;

/** At most {@code max} characters: bounds the work of hashing an attacker's input. */
record MaxLengthRule(int max) implements PasswordRule {

    public String code() {
        return "TOO_LONG";
    }

    public Object[] args() {
        return new Object[] {max};
    }

    public boolean isMet(String password, String username) {
        return password.codePointCount(0, password.length()) <= max;
    }
}
