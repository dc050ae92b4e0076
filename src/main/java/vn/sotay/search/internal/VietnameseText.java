package vn.sotay.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vietnamese text as the index wants it: NFC, and the old tone-mark placement of "oa", "oe", "uy" ("hòa", "thủy")
 * rewritten to the new one ("hoà", "thuỷ"), so that both spellings are the same word. The same pairs feed the
 * analysers' mapping char filter.
 */
public final class VietnameseText {

    private static final String[] TONES_O = {"ò", "ó", "ỏ", "õ", "ọ"};
    private static final String[] TONES_U = {"ù", "ú", "ủ", "ũ", "ụ"};
    private static final String[] TONES_A = {"à", "á", "ả", "ã", "ạ"};
    private static final String[] TONES_E = {"è", "é", "ẻ", "ẽ", "ẹ"};
    private static final String[] TONES_Y = {"ỳ", "ý", "ỷ", "ỹ", "ỵ"};
    private static final Map<String, String> PAIRS = pairs();

    private VietnameseText() {
    }

    /** NFC with the new tone placement; {@code null} stays {@code null}. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i + 1 < nfc.length(); i++) {
            String replacement = PAIRS.get(nfc.substring(i, i + 2));
            if (replacement != null) {
                out = out == null ? new StringBuilder(nfc) : out;
                out.replace(i, i + 2, replacement);
                i++;
            }
        }
        return out == null ? nfc : out.toString();
    }

    /** The rewrite rules as {@code "òa=>oà"}, upper and lower case, for a mapping char filter. */
    public static List<String> mappingRules() {
        List<String> rules = new ArrayList<>();
        PAIRS.forEach((from, to) -> rules.add(from + "=>" + to));
        return rules;
    }

    private static Map<String, String> pairs() {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int t = 0; t < 5; t++) {
            add(pairs, TONES_O[t], "o", "a", TONES_A[t]);
            add(pairs, TONES_O[t], "o", "e", TONES_E[t]);
            add(pairs, TONES_U[t], "u", "y", TONES_Y[t]);
        }
        return pairs;
    }

    private static void add(Map<String, String> pairs, String tonedFirst, String first, String second, String tonedSecond) {
        for (int c = 0; c < 4; c++) {
            boolean upperFirst = (c & 1) == 1;
            boolean upperSecond = (c & 2) == 2;
            pairs.put(cased(tonedFirst, upperFirst) + cased(second, upperSecond),
                    cased(first, upperFirst) + cased(tonedSecond, upperSecond));
        }
    }

    private static String cased(String s, boolean upper) {
        return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }
}
