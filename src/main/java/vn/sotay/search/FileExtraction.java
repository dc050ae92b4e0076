package vn.sotay.search;

/** How reading one file of a document went, for its editors: state, characters read, and why it failed or was cut. */
public record FileExtraction(long fileId, String name, ExtractionState state, int chars, boolean cut, String method,
        String reason) {
}
