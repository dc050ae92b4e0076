package vn.sotay.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import vn.sotay.shared.Texts;

/**
 * The snippet of a hit: about {@value #LENGTH} characters of the files' text around the first of the reader's words,
 * else of the abstract, else the abstract's start; every word of the query is wrapped in {@code <mark>}, with or
 * without diacritics. Made here from the stored text, in one pass that stops at the window, rather than by the
 * index's highlighter: term vectors of long legal texts cost more to read per hit than the whole search, and the
 * result is the same whichever backend (Lucene or OpenSearch) holds the index.
 */
public final class Snippets {

    static final int LENGTH = 220;
    private static final int BEFORE = 60;
    private static final char[] FOLD = new char[0x2000];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            FOLD[c] = c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(base);
        }
    }

    private Snippets() {
    }

    /** The words a reader typed, folded, without excluded ({@code -word}) ones; a trailing {@code *} keeps it a prefix. */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        for (String part : query.replace('"', ' ').split("\\s+")) {
            if (part.isEmpty() || part.startsWith("-")) {
                continue;
            }
            boolean prefix = part.endsWith("*");
            String[] words = Texts.fold(part).split("[^\\p{L}\\p{N}]+");
            for (int i = 0; i < words.length; i++) {
                if (!words[i].isEmpty()) {
                    terms.add(prefix && i == words.length - 1 ? words[i] + "*" : words[i]);
                }
            }
        }
        return terms;
    }

    /** Escaped HTML with {@code <mark>} around the reader's words; null when there is nothing to show. */
    public static String of(Object content, Object summary, List<String> terms) {
        String fromContent = window(content, terms);
        if (fromContent != null) {
            return fromContent;
        }
        String fromSummary = window(summary, terms);
        if (fromSummary != null) {
            return fromSummary;
        }
        if (summary instanceof String s && !s.isBlank()) {
            return HtmlUtils.htmlEscape(s.length() <= LENGTH ? s : s.substring(0, LENGTH) + "…", "UTF-8");
        }
        return null;
    }

    /** The window around the first word of {@code terms} in {@code value}, or null when none occurs. */
    static String window(Object value, List<String> terms) {
        if (!(value instanceof String text) || text.isBlank() || terms.isEmpty()) {
            return null;
        }
        int[] first = next(text, 0, text.length(), terms);
        if (first == null) {
            return null;
        }
        int start = first[0] <= BEFORE ? 0 : text.lastIndexOf(' ', first[0] - BEFORE) + 1;
        int end = text.indexOf(' ', Math.max(start + LENGTH, first[1]));
        end = end < 0 || text.length() - end < 40 ? text.length() : end;
        StringBuilder out = new StringBuilder(LENGTH + 80);
        if (start > 0) {
            out.append('…');
        }
        int at = start;
        for (int[] m = first; m != null && m[1] <= end; m = next(text, m[1], end, terms)) {
            out.append(escape(text.substring(at, m[0]))).append("<mark>").append(escape(text.substring(m[0], m[1])))
                    .append("</mark>");
            at = m[1];
        }
        out.append(escape(text.substring(at, end)));
        if (end < text.length()) {
            out.append(" …");
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The next word in {@code text[from, to)} that is one of the terms (whole word, or a prefix term's start). */
    private static int[] next(String text, int from, int to, List<String> terms) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > s && matches(text, s, i, terms)) {
                return new int[] {s, i};
            }
        }
        return null;
    }

    private static boolean matches(String text, int s, int e, List<String> terms) {
        for (String term : terms) {
            boolean prefix = term.endsWith("*");
            int length = prefix ? term.length() - 1 : term.length();
            if (prefix ? e - s < length : !sameLength(text, s, e, length)) {
                continue;
            }
            boolean same = true;
            int j = 0;
            for (int k = s; k < e && j < length && same; k++) {
                char c = text.charAt(k);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue;
                }
                same = fold(c) == term.charAt(j++);
            }
            if (same && j == length) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word has {@code length} letters once combining marks (of NFD text) are left out. */
    private static boolean sameLength(String text, int s, int e, int length) {
        int letters = 0;
        for (int k = s; k < e; k++) {
            if (Character.getType(text.charAt(k)) != Character.NON_SPACING_MARK) {
                letters++;
            }
        }
        return letters == length;
    }

    private static char fold(char c) {
        return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
