package vn.sotay.library;

import org.springframework.core.io.InputStreamSource;

/** A file as uploaded: the name the client gave (kept for downloads only) and its bytes. */
public record FileUpload(String name, InputStreamSource content) {
}
