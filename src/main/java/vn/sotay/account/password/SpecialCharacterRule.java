package vn.sotay.account.password;

/** At least one character that is not a letter, a digit, a combining mark or white space, e.g. {@code ! @ # .}. */
record SpecialCharacterRule() implements PasswordRule {

    public String code() {
        return "NO_SPECIAL";
    }

    public boolean isMet(String password, String username) {
        return password.codePoints().anyMatch(SpecialCharacterRule::isSpecial);
    }

    static boolean isSpecial(int cp) {
        int type = Character.getType(cp);
        return !Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp)
                && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.CONTROL;
    }
}
