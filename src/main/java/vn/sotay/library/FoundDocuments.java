package vn.sotay.library;

import java.util.List;
import java.util.Map;

/**
 * One page of search results: the total the reader may see, the hits, facet counts by facet name ({@code type},
 * {@code issuer}, {@code year}, {@code topic}), and a corrected query to offer when nothing was found (or null).
 */
public record FoundDocuments(long total, List<FoundDocument> items, Map<String, List<FacetCount>> facets, int page,
        int size, String correction) {

    public int totalPages() {
        return size <= 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    /** The counts of one facet, empty when missing. */
    public List<FacetCount> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
