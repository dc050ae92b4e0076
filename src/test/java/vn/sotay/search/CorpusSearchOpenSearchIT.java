package vn.sotay.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.support.OpenSearchNode;

/** {@link CorpusSearchTest} again, with the index on a real OpenSearch 2.19 node: the same judged queries and threshold. */
class CorpusSearchOpenSearchIT extends CorpusSearchTest {

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        OpenSearchNode.register(registry);
    }
}
