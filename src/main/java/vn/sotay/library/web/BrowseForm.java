package vn.sotay.library.web;

import vn.sotay.library.DocumentFilter;

/**
 * The browse filters as typed into a URL, kept as text so that a bad value is ignored rather than an error:
 * {@code q, type, issuer, year, topic, sort (relevance|date|title), page, size}.
 */
record BrowseForm(String q, String type, String issuer, String year, String topic, String sort, String page, String size) {

    DocumentFilter filter(int defaultSize) {
        Integer y = number(year);
        Integer t = number(topic);
        Integer p = number(page);
        Integer s = number(size);
        return new DocumentFilter(q, type, issuer, y, t == null ? null : t.longValue(), sortOrder(),
                p == null ? 0 : Math.max(p, 0), s == null ? defaultSize : Math.min(Math.max(s, 1), 100));
    }

    private String sortOrder() {
        boolean words = q != null && !q.isBlank();
        if ("title".equals(sort) || "date".equals(sort)) {
            return sort;
        }
        return words ? "relevance" : "date";
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
