package vn.sotay.organization.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file part that may be missing: a missing part reads as an empty file. */
final class Uploads {

    private static final int MAX_NAME_LENGTH = 100;

    private Uploads() {
    }

    /** The file's own name without any folder, shortened for the audit log; {@code null} when there is none. */
    static String name(MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.length() > MAX_NAME_LENGTH ? base.substring(0, MAX_NAME_LENGTH) : base;
    }

    static InputStream content(MultipartFile file) throws IOException {
        return file == null ? InputStream.nullInputStream() : file.getInputStream();
    }
}
