package vn.sotay.library;

import org.springframework.core.io.Resource;

/** A file to send: what it is, its bytes, its ETag, and whether the client's copy is current (304). */
public record FileContent(FileInfo info, Resource resource, String etag, boolean notModified) {
}
