package vn.sotay.search.internal;

import java.util.ArrayList;
import java.util.List;
import vn.sotay.shared.Texts;

/**
 * "Có phải bạn muốn tìm …": each word of the query replaced by the closest word (at most two edits, diacritics
 * ignored) of the titles a fuzzy search found; null when nothing changes.
 */
public final class Corrections {

    private Corrections() {
    }

    public static String correct(String query, List<String> titles) {
        List<String> words = new ArrayList<>();
        for (String title : titles) {
            for (String w : title.split("[^\\p{L}\\p{N}]+")) {
                if (!w.isBlank()) {
                    words.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (String q : query.strip().split("\\s+")) {
            String best = closest(q, words);
            changed |= best != null && !Texts.fold(best).equals(Texts.fold(q));
            out.append(out.length() == 0 ? "" : " ").append(best == null ? q : best);
        }
        return changed ? out.toString() : null;
    }

    private static String closest(String word, List<String> candidates) {
        String folded = Texts.fold(word);
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(folded, Texts.fold(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
