package vn.sotay.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.springframework.stereotype.Component;
import vn.sotay.library.FacetCount;
import vn.sotay.library.TopicCatalog;
import vn.sotay.library.TopicView;

/** The facet counts of a search as the library shows them: types and issuers by count, years newest first, topics in tree order. */
@Component
public class SearchFacets {

    public static final AggregationKey<Map<String, Long>> TYPE = AggregationKey.of("type");
    public static final AggregationKey<Map<String, Long>> ISSUER = AggregationKey.of("issuer");
    public static final AggregationKey<Map<Integer, Long>> YEAR = AggregationKey.of("year");
    public static final AggregationKey<Map<Long, Long>> TOPIC = AggregationKey.of("topic");

    private final TopicCatalog topics;

    SearchFacets(TopicCatalog topics) {
        this.topics = topics;
    }

    public Map<String, List<FacetCount>> of(SearchResult<?> result) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("type", counts(result.aggregation(TYPE), String::valueOf));
        facets.put("issuer", counts(result.aggregation(ISSUER), String::valueOf));
        List<FacetCount> years = new ArrayList<>(counts(result.aggregation(YEAR), String::valueOf));
        years.sort(Comparator.comparing(FacetCount::value).reversed());
        facets.put("year", years);
        facets.put("topic", topics(result.aggregation(TOPIC)));
        return facets;
    }

    private List<FacetCount> topics(Map<Long, Long> counts) {
        List<FacetCount> result = new ArrayList<>();
        for (TopicView t : topics.tree()) {
            Long count = counts.get(t.id());
            if (count != null && count > 0) {
                result.add(new FacetCount(String.valueOf(t.id()), t.fullName(), count));
            }
        }
        return result;
    }

    private static <K> List<FacetCount> counts(Map<K, Long> counts, Function<K, String> label) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new FacetCount(String.valueOf(e.getKey()), label.apply(e.getKey()), e.getValue())).toList();
    }
}
