package vn.sotay.search.internal;

import java.io.InputStream;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the plain text of a file with Apache Tika, at most {@code maxChars} characters (a longer text is reported as
 * cut, never cut silently). Tika's own OCR is off: scanned files go to {@link OcrReader}.
 */
final class TikaReader {

    /** The text read, whether the limit cut it, and the page count when the format has pages (else 0). */
    record Text(String text, boolean cut, int pages) {
    }

    private final AutoDetectParser parser = new AutoDetectParser();

    Text read(InputStream content, String contentType, int maxChars) throws Exception {
        WriteOutContentHandler limit = new WriteOutContentHandler(maxChars);
        BodyContentHandler handler = new BodyContentHandler(limit);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, contentType);
        boolean cut = false;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, context());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            cut = true;
        }
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return new Text(handler.toString(), cut, pages == null ? 0 : pages);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }
}
