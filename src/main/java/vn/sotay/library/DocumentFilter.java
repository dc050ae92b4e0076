package vn.sotay.library;

/**
 * What a reader browses: optional text {@code q} (diacritics ignored), loại văn bản, cơ quan ban hành, năm ban hành,
 * chuyên mục (with its subtopics), sort {@code relevance} (with words only, the default then), {@code date} (newest
 * first) or {@code title} (Vietnamese order), page.
 */
public record DocumentFilter(String q, String type, String issuer, Integer year, Long topic, String sort, int page,
        int size) {

    public boolean byTitle() {
        return "title".equals(sort);
    }

    /** Whether there are words to search for. */
    public boolean hasWords() {
        return q != null && !q.isBlank();
    }

    /** Newest first rather than best match first (only meaningful with words). */
    public boolean byDate() {
        return "date".equals(sort);
    }
}
