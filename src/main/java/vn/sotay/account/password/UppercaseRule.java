package vn.sotay.account.password;

/** At least one upper-case letter of any script ("Ậ" counts). */
record UppercaseRule() implements PasswordRule {

    public String code() {
        return "NO_UPPERCASE";
    }

    public boolean isMet(String password, String username) {
        return password.codePoints().anyMatch(Character::isUpperCase);
    }
}
