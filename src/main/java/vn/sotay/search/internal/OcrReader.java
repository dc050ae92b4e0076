package vn.sotay.search.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.sotay.search.SearchSettings;

/**
 * Reads scanned pages with the {@code tesseract} command: PDF pages rendered by PDFBox (grayscale, at the configured
 * resolution), images as they are; each run has the time that remains of the file's limit and is killed after it.
 */
final class OcrReader {

    /** The text of the pages read, and a reason when not every page was read. */
    record Text(String text, String cut) {
    }

    private final SearchSettings settings;
    private volatile Boolean available;

    OcrReader(SearchSettings settings) {
        this.settings = settings;
    }

    /** Whether the command runs and knows the language. */
    boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    Text readPdf(InputStream content) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + settings.ocrTimeout().toNanos();
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            int pages = pdf.getNumberOfPages();
            int limit = settings.ocrMaxPages() > 0 ? Math.min(pages, settings.ocrMaxPages()) : pages;
            PDFRenderer renderer = new PDFRenderer(pdf);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < limit; i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, settings.ocrDpi(), ImageType.GRAY);
                text.append(recognize(page, deadline)).append("\n\n");
            }
            return new Text(text.toString(), limit < pages ? "OCR " + limit + "/" + pages + " trang (sotay.search.ocr-max-pages)" : null);
        }
    }

    Text readImage(InputStream content) throws IOException, InterruptedException {
        BufferedImage image = ImageIO.read(content);
        if (image == null) {
            throw new IOException("ảnh không đọc được");
        }
        return new Text(recognize(image, System.nanoTime() + settings.ocrTimeout().toNanos()), null);
    }

    private String recognize(BufferedImage image, long deadline) throws IOException, InterruptedException {
        Path png = Files.createTempFile("sotay-ocr-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return run(List.of(settings.ocrCommand(), png.toString(), "stdout", "-l", settings.ocrLanguage()),
                    Duration.ofNanos(deadline - System.nanoTime()));
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IOException("hết thời gian nhận dạng ký tự");
        }
        Path out = Files.createTempFile("sotay-ocr-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("hết thời gian nhận dạng ký tự");
            }
            if (process.exitValue() != 0) {
                throw new IOException("tesseract kết thúc với mã " + process.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }

    private boolean probe() {
        try {
            String langs = run(List.of(settings.ocrCommand(), "--list-langs"), Duration.ofSeconds(20));
            return langs.lines().anyMatch(l -> l.strip().equals(settings.ocrLanguage()));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
