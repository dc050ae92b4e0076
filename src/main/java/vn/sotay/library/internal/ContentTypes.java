package vn.sotay.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Types a file by its content with Apache Tika, never by its name, and says whether the library accepts it:
 * documents, spreadsheets, presentations, PDFs, plain text and images. Executables and unknown binaries are not.
 */
@Component
public class ContentTypes {

    private static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("text/plain", "txt"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"),
            Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"),
            Map.entry("image/tiff", "tif"));

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The media type of the content, without parameters, e.g. {@code application/pdf}. */
    public String detect(InputStream content) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }

    public boolean accepted(String contentType) {
        return ACCEPTED.containsKey(contentType);
    }

    /** The usual file extension of an accepted type, for a name that lacks one. */
    public String extension(String contentType) {
        return ACCEPTED.getOrDefault(contentType, "bin");
    }
}
