package vn.sotay.library;

/**
 * Full-text search over the library, implemented by the search module: when present, a browse with words
 * ({@link DocumentFilter#q()}) goes through it; the access rule of {@link Documents} is part of its query.
 */
public interface FullTextSearch {

    /** One page of the documents the reader may see that match the filter, with facet counts and snippets. */
    FoundDocuments search(Viewer viewer, DocumentFilter filter);

    /**
     * One page of the ids of the documents the reader may see that pass the filter's type, issuer, year and topic, in
     * the filter's order (newest issued first, or title in Vietnamese order), and how many there are in all.
     */
    IdPage browse(Viewer viewer, DocumentFilter filter);

    record IdPage(long total, java.util.List<Long> ids) {
    }
}
