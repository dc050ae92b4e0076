package vn.sotay.search.internal;

import static vn.sotay.search.internal.DocumentFields.*;

import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import vn.sotay.library.DocumentFilter;
import vn.sotay.shared.Texts;

/**
 * The predicates of a search: the access rule of the library (published, and for every member or of the reader's
 * organisation or an ancestor), the filters, and the words — exact fields boosted above folded ones, the number
 * key far above all, phrases, {@code -excluded} words and {@code prefix*}.
 */
public final class SearchQueries {

    private static final Set<SimpleQueryFlag> FLAGS = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PRECEDENCE);

    private SearchQueries() {
    }

    /** What the reader may see: the same rule as {@code Documents.READABLE}. */
    public static PredicateFinalStep readable(SearchPredicateFactory f, List<String> lineage) {
        return f.bool()
                .must(f.match().field(STATUS).matching("PUBLISHED"))
                .must(f.bool().should(f.match().field(SCOPE).matching("ALL"))
                        .should(f.terms().field(ORG_PATH).matchingAny(lineage)))
                ;
    }

    /** Access rule, filters and (when given) the words; every clause of totals, facets and snippets. */
    public static PredicateFinalStep query(SearchPredicateFactory f, List<String> lineage, DocumentFilter filter,
            List<Long> topicIds) {
        BooleanPredicateClausesStep<?, ?> root = f.bool().filter(readable(f, lineage));
        if (filter.type() != null && !filter.type().isBlank()) {
            root.filter(f.match().field(TYPE).matching(Texts.nfcTrim(filter.type())));
        }
        if (filter.issuer() != null && !filter.issuer().isBlank()) {
            root.filter(f.match().field(ISSUER).matching(Texts.nfcTrim(filter.issuer())));
        }
        if (filter.year() != null) {
            root.filter(f.match().field(YEAR).matching(filter.year()));
        }
        if (filter.topic() != null) {
            root.filter(f.match().field(TOPICS).matching(filter.topic()));
        }
        if (filter.hasWords()) {
            root.must(words(f, filter.q()));
        } else {
            root.must(f.matchAll());
        }
        return root;
    }

    /** The words: the query syntax over every text field, or the number key exactly or as a prefix. */
    public static PredicateFinalStep words(SearchPredicateFactory f, String q) {
        String query = VietnameseText.normalize(q).strip();
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        any.should(f.simpleQueryString()
                .field(TITLE).boost(8f).field(TITLE_FOLDED).boost(5f)
                .field(NUMBER_TEXT).boost(6f)
                .field(SUMMARY).boost(3f).field(SUMMARY_FOLDED).boost(2f)
                .field(META).boost(2f).field(META_FOLDED).boost(1.5f)
                .field(CONTENT).boost(1.3f).field(CONTENT_FOLDED)
                .matching(query).defaultOperator(BooleanOperator.AND).flags(FLAGS));
        for (String key : NumberKeys.candidates(query)) {
            any.should(f.match().field(NUMBER_KEY).matching(key).boost(60f));
            any.should(f.wildcard().field(NUMBER_KEY).matching(key + "*").boost(30f));
        }
        return any;
    }

    /** Titles and numbers starting with what was typed, every word a prefix, diacritics ignored. */
    public static PredicateFinalStep suggest(SearchPredicateFactory f, String q) {
        String folded = Texts.fold(VietnameseText.normalize(q)).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        if (!folded.isEmpty()) {
            String[] words = folded.split("\\s+");
            BooleanPredicateClausesStep<?, ?> titles = f.bool().must(f.simpleQueryString().field(TITLE_FOLDED)
                    .matching(String.join("* ", words) + "*").defaultOperator(BooleanOperator.AND)
                    .flags(SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE));
            if (words.length > 1) {
                String complete = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
                titles.should(f.phrase().field(TITLE_FOLDED).matching(complete).boost(5f));
            }
            any.should(titles);
        }
        for (String key : NumberKeys.candidates(q)) {
            any.should(f.wildcard().field(NUMBER_KEY).matching(key + "*").boost(10f));
        }
        return any;
    }
}
