package vn.sotay.library;

import java.util.Set;

/** How a file is shown by "Xem": in the PDF viewer, as an image, or as an HTML preview of its text. */
public enum FileKind {
    PDF, IMAGE, TEXT, OFFICE;

    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv");

    public static FileKind of(String contentType) {
        if ("application/pdf".equals(contentType)) {
            return PDF;
        }
        if (contentType.startsWith("image/")) {
            return IMAGE;
        }
        return TEXT_TYPES.contains(contentType) ? TEXT : OFFICE;
    }
}
