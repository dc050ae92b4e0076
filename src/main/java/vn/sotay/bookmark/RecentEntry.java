package vn.sotay.bookmark;

import java.time.Instant;
import vn.sotay.library.DocumentCard;

/** A document the member opened recently, and when. */
public record RecentEntry(Instant viewedAt, DocumentCard document) {
}
