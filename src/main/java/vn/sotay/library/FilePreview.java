package vn.sotay.library;

/** What "Xem" shows: the document, the file, and for text and office files their content as safe HTML. */
public record FilePreview(DocumentDetails document, FileInfo file, String html) {
}
