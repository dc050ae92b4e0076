package vn.sotay.library;

/** A file accepted into the store: where it lives, its digest, size and detected type. */
record StoredFileInfo(String storageKey, String sha256, long size, String contentType) {
}
