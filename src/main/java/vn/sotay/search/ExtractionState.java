package vn.sotay.search;

/** How reading a file's text went: still to read, read, failed (with a reason), or scanned and waiting for OCR. */
public enum ExtractionState {
    PENDING, DONE, FAILED, NEEDS_OCR
}
