package vn.sotay.library.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToHTMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Reads the text of a file with Apache Tika: plain text for metadata proposals, sanitised HTML for previews. */
@Component
public class TextExtraction {

    private static final Safelist PREVIEW = Safelist.relaxed()
            .removeTags("img", "a")
            .removeAttributes(":all", "style", "class");

    private final AutoDetectParser parser = new AutoDetectParser();

    /** At most {@code maxChars} characters of the file's text. */
    public String text(InputStream content, String contentType, int maxChars) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        parse(content, contentType, handler);
        return handler.toString();
    }

    /** The file as safe HTML (paragraphs, headings, lists, tables), cut after {@code maxChars} characters of text. */
    public String html(InputStream content, String contentType, int maxChars) throws IOException {
        ToHTMLContentHandler html = new ToHTMLContentHandler();
        parse(content, contentType, new WriteOutContentHandler(html, maxChars));
        String body = Jsoup.parse(html.toString()).body().html();
        return Jsoup.clean(body, "", PREVIEW, new OutputSettings().prettyPrint(false));
    }

    private void parse(InputStream content, String contentType, ContentHandler handler) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, contentType);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, context());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IOException("unreadable content", e);
            }
        } catch (TikaException e) {
            throw new IOException("unreadable content", e);
        }
    }

    /**
     * Previews and metadata proposals run while the editor waits: never Tika's own OCR (it would run Tesseract over
     * a whole scanned PDF in the request; scans are read by the search module's background pipeline instead), and
     * Word and PowerPoint files are streamed (SAX) rather than loaded whole, so that the character limit also bounds
     * the memory: a document.xml of a gigabyte is read only as far as the limit.
     */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        org.apache.tika.parser.microsoft.OfficeParserConfig office = new org.apache.tika.parser.microsoft.OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(org.apache.tika.parser.microsoft.OfficeParserConfig.class, office);
        org.apache.tika.parser.ocr.TesseractOCRConfig ocr = new org.apache.tika.parser.ocr.TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(org.apache.tika.parser.ocr.TesseractOCRConfig.class, ocr);
        org.apache.tika.parser.pdf.PDFParserConfig pdf = new org.apache.tika.parser.pdf.PDFParserConfig();
        pdf.setOcrStrategy(org.apache.tika.parser.pdf.PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(org.apache.tika.parser.pdf.PDFParserConfig.class, pdf);
        return context;
    }
}
