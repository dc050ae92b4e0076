package vn.sotay.library;

import java.util.List;

/** The values a reader can filter by: types, issuers (Vietnamese order), years (newest first) and topics. */
public record Facets(List<String> types, List<String> issuers, List<Integer> years, List<TopicView> topics) {
}
