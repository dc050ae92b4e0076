package vn.sotay.library;

/**
 * A request for a file's bytes: {@code download} for "Tải về" (else inline for "Xem"), the HTTP {@code Range} and
 * {@code If-None-Match} headers (either may be null). Only a request for the whole file or its start counts.
 */
public record FileRequest(long documentId, long fileId, boolean download, String range, String ifNoneMatch) {

    boolean continuation() {
        return range != null && !range.replace(" ", "").startsWith("bytes=0-");
    }
}
