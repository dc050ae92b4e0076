package vn.sotay.library.web;

import java.util.List;
import java.util.Map;
import vn.sotay.library.FacetCount;
import vn.sotay.library.FoundDocument;
import vn.sotay.library.FoundDocuments;

/** Search results in the JSON API: total, hits with snippets, facet counts, the page, and a correction when empty. */
record SearchResponse(long total, List<FoundDocument> items, Map<String, List<FacetCount>> facets, int page, int size,
        int totalPages, String correction) {

    static SearchResponse of(FoundDocuments found) {
        return new SearchResponse(found.total(), found.items(), found.facets(), found.page(), found.size(),
                found.totalPages(), found.correction());
    }
}
