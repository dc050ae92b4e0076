package vn.sotay.library;

/**
 * What a reader browses: optional text {@code q} (diacritics ignored), loại văn bản, cơ quan ban hành, năm ban hành,
 * chuyên mục (with its subtopics), sort {@code date} (newest first) or {@code title} (Vietnamese order), page.
 */
public record DocumentFilter(String q, String type, String issuer, Integer year, Long topic, String sort, int page,
        int size) {

    public boolean byTitle() {
        return "title".equals(sort);
    }
}
