package vn.sotay.library.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import vn.sotay.library.FileContent;

/**
 * The HTTP answer for a file: its detected type, {@code Content-Disposition} with an ASCII fallback and the
 * UTF-8 NFC name ({@code filename*}), a strong ETag, and the body as a resource that Spring streams and serves
 * in ranges ({@code Accept-Ranges}, 206 with {@code Content-Range}).
 */
final class FileResponses {

    private FileResponses() {
    }

    static ResponseEntity<Resource> of(FileContent file, boolean download) {
        if (file.notModified()) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(file.etag())
                    .cacheControl(CacheControl.noCache().cachePrivate()).build();
        }
        MediaType type = MediaType.parseMediaType(file.info().contentType());
        if ("text".equals(type.getType())) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(file.etag())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(download, file.info().name()))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .body(file.resource());
    }

    /** {@code attachment; filename="Luat-bao-chi.pdf"; filename*=UTF-8''Lu%E1%BA%ADt%20b%C3%A1o%20ch%C3%AD.pdf}. */
    static String disposition(boolean download, String name) {
        return (download ? "attachment" : "inline") + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''"
                + percentEncode(Normalizer.normalize(name, Normalizer.Form.NFC));
    }

    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c < 128 && (Character.isLetterOrDigit(c) || ".-_ ()".indexOf(c) >= 0) ? c : '_');
        }
        return out.toString().replace(' ', '-');
    }

    /** RFC 5987 {@code attr-char}s stay, every other byte of the UTF-8 form is percent-encoded. */
    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
