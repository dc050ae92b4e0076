package vn.sotay.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import vn.sotay.library.LibraryFixture;
import vn.sotay.search.ExtractionState;
import vn.sotay.search.SearchSettings;
import vn.sotay.shared.Texts;
import vn.sotay.support.ZipBombs;

/**
 * Reading files within limits: the whole of the largest corpus PDF (its last page included), a malformed PDF and a
 * DOCX zip bomb failing cleanly within the time limit, a scanned PDF read by Tesseract, and "cần nhận dạng ký tự"
 * where Tesseract is missing.
 */
class ContentExtractorTest {

    static SearchSettings settings(String ocrCommand, int ocrMaxPages, Duration timeout) {
        return new SearchSettings("lucene", "127.0.0.1:9200", "http", "opensearch:2.19", "", "write-sync", true,
                Duration.ofSeconds(5), timeout, 20_000_000, 3, ocrCommand, "vie", 300, ocrMaxPages, Duration.ofMinutes(5), 8);
    }

    final ContentExtractor extractor = new ContentExtractor(settings("tesseract", 1, Duration.ofSeconds(60)));

    @Test
    void readsTheWholeCriminalCodeUpToItsLastPage() {
        ExtractionResult r = extractor.read(new FileSystemResource(LibraryFixture.corpusFile("bo-luat-hinh-su.pdf")),
                "application/pdf");
        assertThat(r.state()).isEqualTo(ExtractionState.DONE);
        assertThat(r.cut()).isFalse();
        String folded = Texts.fold(r.text());
        assertThat(folded).contains("ky hop thu 10 thong qua ngay 27 thang 11 nam 2015");
        assertThat(folded).contains("dieu 426");
        assertThat(r.text().length()).isGreaterThan(400_000);
    }

    @Test
    void aTooLongTextIsMarkedAsCutNeverSilently() {
        ContentExtractor small = new ContentExtractor(new SearchSettings("lucene", "", "http", "", "", "write-sync", true,
                Duration.ofSeconds(5), Duration.ofSeconds(60), 10_000, 3, "tesseract", "vie", 300, 1, Duration.ofMinutes(5), 8));
        ExtractionResult r = small.read(new FileSystemResource(LibraryFixture.corpusFile("luat-bao-chi.docx")),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(r.state()).isEqualTo(ExtractionState.DONE);
        assertThat(r.cut()).isTrue();
        assertThat(r.reason()).contains("10000");
    }

    @Test
    void aMalformedPdfFailsWithAReason() throws IOException {
        byte[] pdf = Files.readAllBytes(LibraryFixture.corpusFile("hien-phap.pdf"));
        byte[] broken = new byte[pdf.length / 3];
        System.arraycopy(pdf, 0, broken, 0, broken.length);
        for (int i = 2000; i < broken.length; i += 7) {
            broken[i] = (byte) (broken[i] ^ 0x5A);
        }
        long start = System.nanoTime();
        ExtractionResult r = extractor.read(new ByteArrayResource(broken), "application/pdf");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(65));
        assertThat(r.state()).isIn(ExtractionState.FAILED, ExtractionState.DONE, ExtractionState.NEEDS_OCR);
        if (r.state() == ExtractionState.FAILED) {
            assertThat(r.reason()).isNotBlank();
        }
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        ExtractionResult g = extractor.read(new ByteArrayResource(garbage), "application/pdf");
        assertThat(g.state()).isIn(ExtractionState.FAILED, ExtractionState.DONE);
    }

    @Test
    void aDocxZipBombFailsCleanlyWithinTheLimit() throws IOException {
        ContentExtractor limited = new ContentExtractor(settings("tesseract", 1, Duration.ofSeconds(20)));
        long start = System.nanoTime();
        ExtractionResult r = limited.read(new ByteArrayResource(ZipBombs.docx()),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(25));
        assertThat(r.state()).isEqualTo(ExtractionState.FAILED);
        assertThat(r.reason()).isNotBlank();
        assertThat(Runtime.getRuntime().freeMemory()).isPositive();
    }

    @Test
    void aScanIsReadByTesseract() {
        ExtractionResult r = extractor.read(new FileSystemResource(LibraryFixture.corpusFile("luat-cu-tru-scan.pdf")),
                "application/pdf");
        assertThat(r.state()).isEqualTo(ExtractionState.DONE);
        assertThat(r.method()).isEqualTo("OCR");
        assertThat(Texts.fold(r.text())).contains("cu tru");
        assertThat(r.cut()).as("only the first page was read: said so").isTrue();
        assertThat(r.reason()).contains("ocr-max-pages");
    }

    @Test
    void withoutTesseractAScanNeedsOcr() {
        ContentExtractor none = new ContentExtractor(settings("/nonexistent/tesseract", 1, Duration.ofSeconds(60)));
        ExtractionResult r = none.read(new FileSystemResource(LibraryFixture.corpusFile("luat-quoc-tich-viet-nam-scan.pdf")),
                "application/pdf");
        assertThat(r.state()).isEqualTo(ExtractionState.NEEDS_OCR);
        assertThat(none.ocrAvailable()).isFalse();
    }
}
