package vn.sotay.library.web;

import vn.sotay.library.DocumentFilter;

/**
 * The browse filters as typed into a URL, kept as text so that a bad value is ignored rather than an error:
 * {@code q, type, issuer, year, topic, sort (date|title), page, size}.
 */
record BrowseForm(String q, String type, String issuer, String year, String topic, String sort, String page, String size) {

    DocumentFilter filter(int defaultSize) {
        Integer y = number(year);
        Integer t = number(topic);
        Integer p = number(page);
        Integer s = number(size);
        return new DocumentFilter(q, type, issuer, y, t == null ? null : t.longValue(), "title".equals(sort) ? "title" : "date",
                p == null ? 0 : p, s == null ? defaultSize : s);
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
