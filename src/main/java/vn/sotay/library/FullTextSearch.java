package vn.sotay.library;

/**
 * Full-text search over the library, implemented by the search module: when present, a browse with words
 * ({@link DocumentFilter#q()}) goes through it; the access rule of {@link Documents} is part of its query.
 */
public interface FullTextSearch {

    /** One page of the documents the reader may see that match the filter, with facet counts and snippets. */
    FoundDocuments search(Viewer viewer, DocumentFilter filter);
}
