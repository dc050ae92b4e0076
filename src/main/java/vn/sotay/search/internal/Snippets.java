package vn.sotay.search.internal;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The snippet of a hit: the highlighted passage of the files' text, else of the abstract, else the abstract's start. */
public final class Snippets {

    static final int LENGTH = 220;

    private Snippets() {
    }

    /** Escaped HTML with {@code <mark>} around the reader's words; null when there is nothing to show. */
    public static String of(Object contentHighlights, Object summaryHighlights, Object summary) {
        String content = first(contentHighlights);
        if (content != null) {
            return content.strip();
        }
        String abstractPart = first(summaryHighlights);
        if (abstractPart != null) {
            return abstractPart.strip();
        }
        if (summary instanceof String s && !s.isBlank()) {
            return HtmlUtils.htmlEscape(s.length() <= LENGTH ? s : s.substring(0, LENGTH) + "…");
        }
        return null;
    }

    private static String first(Object highlights) {
        if (highlights instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String s && !s.isBlank()) {
            return s;
        }
        return null;
    }
}
