package vn.sotay.search.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import vn.sotay.shared.Texts;

/**
 * The compact key of a document number: folded, letters and digits only ("135-KH/ĐUK", "135 KH DUK" → "135khduk"),
 * so that a number typed loosely finds its document first.
 */
public final class NumberKeys {

    private NumberKeys() {
    }

    public static String key(String number) {
        if (number == null) {
            return null;
        }
        String folded = Texts.fold(number);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The keys a query may mean as a number: the whole query, and each of its words with a digit; only keys with a
     * digit and at least three characters.
     */
    public static Set<String> candidates(String query) {
        Set<String> keys = new LinkedHashSet<>();
        addIfNumber(keys, key(query.replace("\"", "")));
        for (String word : query.split("\\s+")) {
            addIfNumber(keys, key(word));
        }
        return keys;
    }

    private static void addIfNumber(Set<String> keys, String key) {
        if (key != null && key.length() >= 3 && key.chars().anyMatch(Character::isDigit)) {
            keys.add(key);
        }
    }
}
