package vn.sotay.account.password;

/** At least {@code min} characters, counted as Unicode code points after NFC normalisation. */
record MinLengthRule(int min) implements PasswordRule {

    public String code() {
        return "TOO_SHORT";
    }

    public Object[] args() {
        return new Object[] {min};
    }

    public boolean isMet(String password, String username) {
        return password.codePointCount(0, password.length()) >= min;
    }
}
