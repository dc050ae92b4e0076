package vn.sotay.bookmark.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sotay.bookmark.BookmarkEntry;
import vn.sotay.bookmark.Bookmarks;
import vn.sotay.bookmark.RecentEntry;
import vn.sotay.library.Viewer;

/** The caller's bookmarks and recently viewed documents. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Đánh dấu xem sau / Bookmarks")
class BookmarkApiController {

    private final Bookmarks bookmarks;

    BookmarkApiController(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    @Operation(summary = "Bookmark a document (idempotent): 204, or 404 when it is missing or not visible")
    @PutMapping("/bookmarks/{documentId}")
    ResponseEntity<Void> add(@Parameter(hidden = true) Viewer viewer, @PathVariable long documentId) {
        bookmarks.add(viewer, documentId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Remove a bookmark (idempotent): 204")
    @DeleteMapping("/bookmarks/{documentId}")
    ResponseEntity<Void> remove(@Parameter(hidden = true) Viewer viewer, @PathVariable long documentId) {
        bookmarks.remove(viewer, documentId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Bookmarks, newest first; an unavailable document has available=false and no document")
    @GetMapping("/bookmarks")
    List<BookmarkEntry> list(@Parameter(hidden = true) Viewer viewer, @RequestParam(defaultValue = "0") int page) {
        return bookmarks.list(viewer, page).getContent();
    }

    @Operation(summary = "Recently viewed documents, most recent first")
    @GetMapping("/recent")
    List<RecentEntry> recent(@Parameter(hidden = true) Viewer viewer) {
        return bookmarks.recent(viewer);
    }
}
