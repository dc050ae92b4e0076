package vn.sotay.account.password;

/** At least one lower-case letter of any script ("ẩ" counts). */
record LowercaseRule() implements PasswordRule {

    public String code() {
        return "NO_LOWERCASE";
    }

    public boolean isMet(String password, String username) {
        return password.codePoints().anyMatch(Character::isLowerCase);
    }
}
