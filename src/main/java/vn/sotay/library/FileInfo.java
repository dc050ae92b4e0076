package vn.sotay.library;

/** What a reader sees of a file: id, original name, size, content type and how it can be shown. */
public record FileInfo(long id, String name, long size, String contentType, FileKind kind) {
}
