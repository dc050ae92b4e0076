package vn.sotay.library;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.library.internal.VietnameseOrder;
import vn.sotay.shared.Texts;

/** Lists of documents a reader may see: browse with filters, newest, the editors' list, cards by id. */
@Service
@Transactional(readOnly = true)
public class DocumentCatalog {

    private static final Duration FACETS_TTL = Duration.ofMinutes(1);

    private final Documents documents;
    private final TopicCatalog topics;
    private final ObjectProvider<DocumentMarks> marks;
    private final ObjectProvider<FullTextSearch> fullText;
    private final Clock clock;
    private final Map<List<String>, Cached> facets = new ConcurrentHashMap<>();

    DocumentCatalog(Documents documents, TopicCatalog topics, ObjectProvider<DocumentMarks> marks,
            ObjectProvider<FullTextSearch> fullText, Clock clock) {
        this.documents = documents;
        this.topics = topics;
        this.marks = marks;
        this.fullText = fullText;
        this.clock = clock;
    }

    private record Cached(Facets facets, Instant until) {
    }

    /** The browse page: documents and filter values. */
    public BrowseResult browsePage(Viewer viewer, DocumentFilter f) {
        return new BrowseResult(browse(viewer, f), facets(viewer));
    }

    /**
     * Documents matching the reader's words through the search module (snippets, facet counts); without it, the
     * folded LIKE of {@link #browse} with the filter values as facets.
     */
    public FoundDocuments search(Viewer viewer, DocumentFilter f) {
        FullTextSearch search = fullText.getIfAvailable();
        if (search != null) {
            return search.search(viewer, f);
        }
        Page<DocumentCard> page = browse(viewer, f);
        List<FoundDocument> items = page.getContent().stream().map(c -> new FoundDocument(c.id(), c.title(), c.number(),
                c.type(), c.issuer(), c.issuedOn(), null)).toList();
        return new FoundDocuments(page.getTotalElements(), items, Map.of(), page.getNumber(), page.getSize(), null);
    }

    public Page<DocumentCard> browse(Viewer viewer, DocumentFilter f) {
        Sort sort = f.byTitle() ? Sort.by(Sort.Order.asc("titleKey"), Sort.Order.asc("id"))
                : Sort.by(Sort.Order.desc("issuedOn").nullsLast(), Sort.Order.desc("id"));
        Pageable pageable = PageRequest.of(Math.max(f.page(), 0), Math.min(Math.max(f.size(), 1), 100), sort);
        FullTextSearch index = fullText.getIfAvailable();
        if (index != null && !f.hasWords()) {
            // the index filters, counts and sorts 100,000 documents in a few milliseconds; the rows of the page
            // are then read by id, the access rule applied again by the database
            FullTextSearch.IdPage ids = index.browse(viewer, f);
            Map<Long, DocumentCard> cards = new HashMap<>();
            readable(viewer, ids.ids()).forEach(c -> cards.put(c.id(), c));
            List<DocumentCard> ordered = ids.ids().stream().map(cards::get).filter(Objects::nonNull).toList();
            return new PageImpl<>(ordered, pageable, ids.total());
        }
        boolean allTopics = f.topic() == null;
        List<Long> topicIds = allTopics ? List.of(-1L) : topics.subtree(f.topic());
        Page<Document> page = documents.browse(viewer.lineage(), blank(f.type()), blank(f.issuer()), f.year(),
                allTopics, topicIds, like(f.q()), pageable);
        return withMarks(viewer, page);
    }

    /** The newest documents the reader may see, by publication. */
    public List<DocumentCard> newest(Viewer viewer, int count) {
        Pageable pageable = PageRequest.of(0, count, Sort.by(Sort.Order.desc("publishedAt").nullsLast(), Sort.Order.desc("id")));
        return withMarks(viewer, documents.browse(viewer.lineage(), null, null, null, true, List.of(-1L), null, pageable))
                .getContent();
    }

    /** The documents the editor may edit, drafts and withdrawn ones included, last changed first. */
    public Page<DocumentCard> editable(Viewer viewer, String q, int page) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), 50, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        return documents.editable(viewer.office(), viewer.editorPrefix(), like(q), pageable)
                .map(d -> DocumentCard.of(d, false));
    }

    /** Cards of those of {@code ids} the reader may open now (as member or editor); the others are left out. */
    public List<DocumentCard> readable(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> marked = marked(viewer, ids);
        return documents.findAccessible(ids, viewer.lineage(), viewer.office(), viewer.editorPrefix()).stream()
                .map(d -> DocumentCard.of(d, marked.contains(d.getId()))).toList();
    }

    /** The filter values of the documents the reader may see (kept for a minute). */
    public Facets facets(Viewer viewer) {
        Cached cached = facets.get(viewer.lineage());
        Instant now = clock.instant();
        if (cached != null && cached.until().isAfter(now)) {
            return cached.facets();
        }
        Comparator<Object> vi = VietnameseOrder.collator();
        List<String> types = documents.readableTypes(viewer.lineage()).stream().sorted(vi).toList();
        List<String> issuers = documents.readableIssuers(viewer.lineage()).stream().sorted(vi).toList();
        List<Integer> years = documents.readableYears(viewer.lineage()).stream().sorted(Comparator.reverseOrder()).toList();
        Facets result = new Facets(types, issuers, years, topics.covering(documents.readableTopics(viewer.lineage())));
        facets.put(viewer.lineage(), new Cached(result, now.plus(FACETS_TTL)));
        return result;
    }

    void forgetFacets() {
        facets.clear();
    }

    private Page<DocumentCard> withMarks(Viewer viewer, Page<Document> page) {
        Set<Long> marked = marked(viewer, page.getContent().stream().map(Document::getId).toList());
        return page.map(d -> DocumentCard.of(d, marked.contains(d.getId())));
    }

    Set<Long> marked(Viewer viewer, Collection<Long> ids) {
        DocumentMarks m = marks.getIfAvailable();
        return m == null || ids.isEmpty() ? Set.of() : m.markedAmong(viewer.accountId(), ids);
    }

    private static String blank(String value) {
        String v = Texts.nfcTrim(value);
        return v == null || v.isEmpty() ? null : v;
    }

    private static String like(String q) {
        String folded = q == null ? "" : Texts.fold(q);
        return folded.isBlank() ? null : "%" + folded.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
