package vn.sotay.library.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private FileResponses() {
    }

    /**
     * The answer for a file. A Range that is malformed, of another unit, or guarded by an {@code If-Range} that no
     * longer matches is ignored (200, the whole file, RFC 9110 §14.2); a Range wholly past the end gets 416 with
     * {@code Content-Range: bytes *}{@code /length} and no body; a valid one is served as 206 by Spring.
     */
    static ResponseEntity<Resource> of(FileContent file, boolean download, String range, String ifRange) {
        if (file.notModified()) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(file.etag())
                    .cacheControl(CacheControl.noCache().cachePrivate()).build();
        }
        long length = file.info().size();
        boolean honourRange = range != null && (ifRange == null || ifRange.strip().equals(file.etag()));
        if (honourRange) {
            try {
                java.util.List<org.springframework.http.HttpRange> ranges = org.springframework.http.HttpRange.parseRanges(range);
                if (!ranges.isEmpty() && ranges.stream().allMatch(r -> unsatisfiable(r, length))) {
                    return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                            .header(HttpHeaders.CONTENT_RANGE, "bytes */" + length).build();
                }
            } catch (IllegalArgumentException malformed) {
                honourRange = false;
            }
        }
        boolean whole = !honourRange || range == null;
        boolean sent = whole && sendfile(file.resource(), length);
        Resource body = sent || honourRange || range == null ? file.resource() : whole(file.resource());
        MediaType type = MediaType.parseMediaType(file.info().contentType());
        if ("text".equals(type.getType())) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (body != file.resource() || whole) {
            answer.contentLength(length);
        }
        answer.contentType(type)
                .eTag(file.etag())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(download, file.info().name()))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes");
        return sent ? answer.build() : answer.body(body);
    }

    /**
     * Hands a whole local file to Tomcat's sendfile (the kernel copies it to the socket, as nginx does) when the
     * connector supports it: the answer then carries headers only. Files of a remote store are streamed.
     */
    private static boolean sendfile(Resource resource, long length) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        if (!"GET".equals(request.getMethod()) || !Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))
                || !resource.isFile()) {
            return false;
        }
        try {
            request.setAttribute(SENDFILE_FILENAME, resource.getFile().getCanonicalPath());
        } catch (java.io.IOException e) {
            return false;
        }
        request.setAttribute(SENDFILE_START, 0L);
        request.setAttribute(SENDFILE_END, length);
        return true;
    }

    private static boolean unsatisfiable(org.springframework.http.HttpRange range, long length) {
        try {
            return range.getRangeStart(length) >= length;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * The whole file even though the request had a Range header: Spring applies ranges to every Resource except an
     * {@code InputStreamResource} (exactly that class), so the length goes into the header by hand.
     */
    private static Resource whole(Resource resource) {
        try {
            return new org.springframework.core.io.InputStreamResource(resource.getInputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
