package vn.sotay.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.support.OpenSearchNode;

/** {@link DocumentSearchTest} again, with the index on a real OpenSearch 2.19 node. */
class DocumentSearchOpenSearchIT extends DocumentSearchTest {

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        OpenSearchNode.register(registry);
    }
}
