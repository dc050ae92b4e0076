package vn.sotay.organization;

import java.util.regex.Pattern;
import vn.sotay.shared.Texts;

/** How codes and names are cleaned and what makes them acceptable; problems come back as stable codes. */
final class OrganizationRules {

    static final int MAX_CODE_LENGTH = 50;
    static final int MAX_NAME_LENGTH = 300;
    /** Levels below the root; keeps {@code path} well inside its column. */
    static final int MAX_DEPTH = 50;

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OrganizationRules() {
    }

    /** NFC, trimmed; blank becomes {@code null}. Case is kept: codes are case-sensitive. */
    static String code(String raw) {
        String code = Texts.nfcTrim(raw);
        return code == null || code.isEmpty() ? null : code;
    }

    /** NFC, trimmed, every run of white space (line breaks included) one space; blank becomes {@code null}. */
    static String name(String raw) {
        String name = Texts.nfcTrim(raw);
        return name == null || name.isEmpty() ? null : SPACES.matcher(name).replaceAll(" ");
    }

    /** {@code null} when the code is acceptable, otherwise CODE_REQUIRED, CODE_TOO_LONG or CODE_INVALID. */
    static String codeProblem(String code) {
        if (code == null) {
            return "CODE_REQUIRED";
        }
        if (code.length() > MAX_CODE_LENGTH) {
            return "CODE_TOO_LONG";
        }
        return CODE.matcher(code).matches() ? null : "CODE_INVALID";
    }

    /** {@code null} when the name is acceptable, otherwise NAME_REQUIRED or NAME_TOO_LONG. */
    static String nameProblem(String name) {
        if (name == null) {
            return "NAME_REQUIRED";
        }
        return name.length() > MAX_NAME_LENGTH ? "NAME_TOO_LONG" : null;
    }
}
