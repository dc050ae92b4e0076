package vn.sotay.library;

import java.util.List;

/**
 * What the editor's form offers: the configured document types, the topic tree, whether "every member" may be
 * chosen (office admins only), and the organisation code a unit admin's internal documents default to.
 */
public record EditorOptions(List<String> types, List<TopicView> topics, boolean mayPublishForAll,
        String defaultOrganization) {
}
