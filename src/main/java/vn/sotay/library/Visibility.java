package vn.sotay.library;

/** Who may read a document: {@code ALL}, or {@code ORGANIZATION} with the code of the organisation. */
public record Visibility(Scope scope, String organization) {

    public static Visibility all() {
        return new Visibility(Scope.ALL, null);
    }

    public static Visibility organization(String code) {
        return new Visibility(Scope.ORGANIZATION, code);
    }
}
