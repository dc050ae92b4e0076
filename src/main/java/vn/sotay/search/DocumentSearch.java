package vn.sotay.search;

import static vn.sotay.search.internal.DocumentFields.*;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.library.Document;
import vn.sotay.library.DocumentFilter;
import vn.sotay.library.FoundDocument;
import vn.sotay.library.FoundDocuments;
import vn.sotay.library.FullTextSearch;
import vn.sotay.library.Viewer;
import vn.sotay.search.internal.Corrections;
import vn.sotay.search.internal.SearchFacets;
import vn.sotay.search.internal.SearchQueries;
import vn.sotay.search.internal.Snippets;
import vn.sotay.search.internal.VietnameseText;

/**
 * Searches the library's index for a reader: the access rule is a filter of the query itself, so hits, totals,
 * facet counts, snippets and suggestions only ever come from documents the reader may see.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch implements FullTextSearch {

    private final EntityManager entityManager;
    private final SearchFacets facets;
    private final SearchSettings settings;

    DocumentSearch(EntityManager entityManager, SearchFacets facets, SearchSettings settings) {
        this.entityManager = entityManager;
        this.facets = facets;
        this.settings = settings;
    }

    @Override
    public FoundDocuments search(Viewer viewer, DocumentFilter filter) {
        int size = Math.min(Math.max(filter.size(), 1), 100);
        int page = Math.max(filter.page(), 0);
        SearchResult<Object[]> result = session().search(Document.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field(TITLE, String.class), f.field(NUMBER, String.class),
                        f.field(TYPE, String.class), f.field(ISSUER, String.class), f.field(ISSUED_ON, LocalDate.class),
                        f.field(CONTENT_FOLDED, String.class), f.field(SUMMARY_FOLDED, String.class)).asArray())
                .where(f -> SearchQueries.query(f, viewer.lineage(), filter, List.of()))
                .sort(f -> (filter.hasWords() && !filter.byDate() ? f.score().then().field(ISSUED_ON).desc().missing().last()
                        : f.field(ISSUED_ON).desc().missing().last().then().score()).then().field(ID).desc())
                .aggregation(SearchFacets.TYPE, f -> f.terms().field(TYPE, String.class).maxTermCount(50))
                .aggregation(SearchFacets.ISSUER, f -> f.terms().field(ISSUER, String.class).maxTermCount(50))
                .aggregation(SearchFacets.YEAR, f -> f.terms().field(YEAR, Integer.class).maxTermCount(100))
                .aggregation(SearchFacets.TOPIC, f -> f.terms().field(TOPICS, Long.class).maxTermCount(200))
                .fetch(page * size, size);
        List<String> terms = Snippets.terms(filter.q());
        List<FoundDocument> items = result.hits().stream().map(row -> hit(row, terms)).toList();
        long total = result.total().hitCount();
        String correction = total == 0 && filter.hasWords() ? correct(viewer, filter.q()) : null;
        return new FoundDocuments(total, items, facets.of(result), page, size, correction);
    }

    @Override
    public IdPage browse(Viewer viewer, DocumentFilter filter) {
        int size = Math.min(Math.max(filter.size(), 1), 100);
        int page = Math.max(filter.page(), 0);
        DocumentFilter noWords = new DocumentFilter(null, filter.type(), filter.issuer(), filter.year(), filter.topic(),
                filter.sort(), page, size);
        SearchResult<Long> result = session().search(Document.class)
                .select(f -> f.id(Long.class))
                .where(f -> SearchQueries.query(f, viewer.lineage(), noWords, List.of()))
                .sort(f -> filter.byTitle() ? f.field(TITLE_KEY).asc().missing().last().then().field(ID).asc()
                        : f.field(ISSUED_ON).desc().missing().last().then().field(ID).desc())
                .fetch(page * size, size);
        return new IdPage(result.total().hitCount(), result.hits());
    }

    /** Documents whose title words start with what was typed, or whose number starts with it. */
    public List<Suggestion> suggest(Viewer viewer, String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return session().search(Document.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field(TITLE, String.class), f.field(NUMBER, String.class))
                        .as((id, title, number) -> new Suggestion(id, title, number)))
                .where(f -> f.bool().filter(SearchQueries.readable(f, viewer.lineage())).must(SearchQueries.suggest(f, q)))
                .sort(f -> f.score().then().field(ID).desc())
                .fetchHits(settings.suggestions());
    }

    private String correct(Viewer viewer, String q) {
        // NFC in Java: OpenSearch has no ICU normaliser, so decomposed input would stay decomposed there
        String words = VietnameseText.normalize(q);
        List<String> titles = session().search(Document.class)
                .select(f -> f.field(TITLE, String.class))
                .where(f -> f.bool().filter(SearchQueries.readable(f, viewer.lineage()))
                        .must(f.match().field(TITLE_FOLDED).matching(words).fuzzy(2)))
                .fetchHits(5);
        return Corrections.correct(words, titles);
    }

    private static FoundDocument hit(Object[] row, List<String> terms) {
        return new FoundDocument((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (LocalDate) row[5], Snippets.of(row[6], row[7], terms));
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
