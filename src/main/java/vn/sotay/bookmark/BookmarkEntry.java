package vn.sotay.bookmark;

import java.time.Instant;
import vn.sotay.library.DocumentCard;

/** One bookmark; {@code document} is null when the document was withdrawn or is no longer visible to the member. */
public record BookmarkEntry(long documentId, Instant createdAt, boolean available, DocumentCard document) {

    static BookmarkEntry of(long documentId, Instant createdAt, DocumentCard document) {
        return new BookmarkEntry(documentId, createdAt, document != null, document);
    }
}
