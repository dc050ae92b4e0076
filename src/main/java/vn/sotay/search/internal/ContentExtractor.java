package vn.sotay.search.internal;

import java.io.InputStream;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.sotay.search.SearchSettings;
import vn.sotay.shared.TimeLimit;

/**
 * Reads the text of one file within its limits: Tika on a thread of its own, abandoned (interrupted) when the time
 * limit passes; PDFs without a text layer and images go to OCR, or are marked as needing it when Tesseract is missing.
 * Whatever happens, the caller gets a result with a reason, never an exception.
 */
@Component
public class ContentExtractor {

    /** Fewer characters than this per page means a scan without a text layer. */
    private static final int SCANNED_CHARS_PER_PAGE = 40;

    private final SearchSettings settings;
    private final TikaReader tika = new TikaReader();
    private final OcrReader ocr;

    ContentExtractor(SearchSettings settings) {
        this.settings = settings;
        this.ocr = new OcrReader(settings);
    }

    public boolean ocrAvailable() {
        return ocr.available();
    }

    public ExtractionResult read(Resource file, String contentType) {
        try {
            if (contentType.startsWith("image/")) {
                return ocr(file, contentType);
            }
            TikaReader.Text text = withTimeout(() -> {
                try (InputStream in = file.getInputStream()) {
                    return tika.read(in, contentType, settings.maxChars());
                }
            }, settings.extractionTimeout().toMillis(), "Tika");
            if ("application/pdf".equals(contentType) && scanned(text)) {
                return ocr(file, contentType);
            }
            String reason = text.cut() ? "cắt ở " + settings.maxChars() + " ký tự (sotay.search.max-chars)" : null;
            return ExtractionResult.done(text.text(), "TIKA", text.cut(), reason);
        } catch (TimeoutException e) {
            return ExtractionResult.failed("TIKA", "quá thời gian " + settings.extractionTimeout().toSeconds() + " giây");
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return ExtractionResult.failed("TIKA", describe(e));
        }
    }

    private static boolean scanned(TikaReader.Text text) {
        int letters = (int) text.text().codePoints().filter(Character::isLetterOrDigit).count();
        return letters < SCANNED_CHARS_PER_PAGE * Math.max(1, text.pages());
    }

    private ExtractionResult ocr(Resource file, String contentType) throws Exception {
        if (!ocr.available()) {
            return ExtractionResult.needsOcr("không có lệnh " + settings.ocrCommand() + " với ngôn ngữ " + settings.ocrLanguage());
        }
        try {
            OcrReader.Text text = withTimeout(() -> {
                try (InputStream in = file.getInputStream()) {
                    return contentType.startsWith("image/") ? ocr.readImage(in) : ocr.readPdf(in);
                }
            }, settings.ocrTimeout().toMillis() + 5_000, "OCR");
            return ExtractionResult.done(text.text(), "OCR", text.cut() != null, text.cut());
        } catch (TimeoutException e) {
            return ExtractionResult.failed("OCR", "quá thời gian nhận dạng ký tự " + settings.ocrTimeout().toMinutes() + " phút");
        }
    }

    private static <T> T withTimeout(java.util.concurrent.Callable<T> work, long millis, String name) throws Exception {
        return TimeLimit.call(work, millis, "sotay-extract-" + name);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return "không đọc được (" + root.getClass().getSimpleName() + message + ")";
    }
}
