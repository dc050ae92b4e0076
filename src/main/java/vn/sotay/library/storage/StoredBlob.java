package vn.sotay.library.storage;

/** Bytes put into a {@link FileStore}: their key, SHA-256, size, and whether this put created them. */
public record StoredBlob(String key, String sha256, long size, boolean created) {
}
