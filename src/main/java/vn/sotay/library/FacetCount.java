package vn.sotay.library;

/** A facet value (what a filter sends), its label (what a reader sees) and how many matching documents have it. */
public record FacetCount(String value, String label, long count) {
}
