package vn.sotay.account.password;

/** At least one decimal digit. */
record DigitRule() implements PasswordRule {

    public String code() {
        return "NO_DIGIT";
    }

    public boolean isMet(String password, String username) {
        return password.codePoints().anyMatch(Character::isDigit);
    }
}
