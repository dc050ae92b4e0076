package vn.sotay.library;

import org.springframework.data.domain.Page;

/** One page of documents with the values the reader can filter by. */
public record BrowseResult(Page<DocumentCard> documents, Facets facets) {
}
