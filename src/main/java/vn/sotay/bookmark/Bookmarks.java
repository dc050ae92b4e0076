package vn.sotay.bookmark;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.library.DocumentCard;
import vn.sotay.library.DocumentCatalog;
import vn.sotay.library.DocumentMarks;
import vn.sotay.library.DocumentReading;
import vn.sotay.library.LibraryEvents.DocumentViewed;
import vn.sotay.library.Viewer;
import vn.sotay.shared.NotFoundException;

/**
 * A member's bookmarks ("Tài liệu đã đánh dấu") and recently viewed documents ("Đã xem gần đây"). Only a document
 * the member may see can be bookmarked; one that later becomes unavailable is listed without its content.
 */
@Service
@Transactional(readOnly = true)
public class Bookmarks implements DocumentMarks {

    static final int PAGE_SIZE = 30;
    static final int RECENT = 30;

    private final BookmarkStore store;
    private final DocumentCatalog catalog;
    private final DocumentReading reading;
    private final Clock clock;

    Bookmarks(BookmarkStore store, DocumentCatalog catalog, DocumentReading reading, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.reading = reading;
        this.clock = clock;
    }

    /** "Đánh dấu xem sau"; a document the member may not see answers as missing. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public void add(Viewer viewer, long documentId) {
        reading.requireReadable(viewer, documentId, "bookmark");
        store.add(viewer.accountId(), documentId, clock.instant());
    }

    /** "Bỏ đánh dấu"; also for a bookmark whose document is no longer available. */
    @Transactional
    public void remove(Viewer viewer, long documentId) {
        store.remove(viewer.accountId(), documentId);
    }

    public boolean isMarked(Viewer viewer, long documentId) {
        return !store.marked(viewer.accountId(), List.of(documentId)).isEmpty();
    }

    /** Newest first; unavailable documents keep their place, without title or content. */
    public Page<BookmarkEntry> list(Viewer viewer, int page) {
        int p = Math.max(page, 0);
        List<BookmarkStore.Row> rows = store.bookmarks(viewer.accountId(), p * PAGE_SIZE, PAGE_SIZE);
        Map<Long, DocumentCard> cards = cards(viewer, rows.stream().map(BookmarkStore.Row::documentId).toList());
        List<BookmarkEntry> entries = rows.stream()
                .map(r -> BookmarkEntry.of(r.documentId(), r.at(), cards.get(r.documentId()))).toList();
        return new PageImpl<>(entries, PageRequest.of(p, PAGE_SIZE), store.countBookmarks(viewer.accountId()));
    }

    /** The documents the member opened last, most recent first; those no longer visible are left out. */
    public List<RecentEntry> recent(Viewer viewer) {
        List<BookmarkStore.Row> rows = store.recent(viewer.accountId(), RECENT);
        Map<Long, DocumentCard> cards = cards(viewer, rows.stream().map(BookmarkStore.Row::documentId).toList());
        return rows.stream().filter(r -> cards.containsKey(r.documentId()))
                .map(r -> new RecentEntry(r.at(), cards.get(r.documentId()))).toList();
    }

    @Override
    public Set<Long> markedAmong(long accountId, Collection<Long> documentIds) {
        return documentIds.isEmpty() ? Set.of() : store.marked(accountId, documentIds);
    }

    /** Keeps the document as recently viewed, inside the transaction that counted the view. */
    @EventListener
    @Transactional
    public void on(DocumentViewed event) {
        store.viewed(event.accountId(), event.documentId(), clock.instant());
    }

    private Map<Long, DocumentCard> cards(Viewer viewer, List<Long> ids) {
        return catalog.readable(viewer, ids).stream().collect(Collectors.toMap(DocumentCard::id, Function.identity()));
    }
}
