package vn.sotay.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Unicode handling for Vietnamese text: NFC normalisation and diacritics folding. */
public final class Texts {

    private Texts() {
    }

    /** NFC form with leading and trailing white space removed; {@code null} stays {@code null}. */
    public static String nfcTrim(String value) {
        if (value == null) {
            return null;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    /** NFC form, nothing else changed; {@code null} stays {@code null}. */
    public static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * Lower case without diacritics: "ĐẢNG VIÊN", "đảng viên" and "dang vien" all fold to "dang vien".
     * Runs of white space become one space.
     */
    public static String fold(String value) {
        if (value == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
