package vn.sotay.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.library.DocumentDetails;
import vn.sotay.library.DocumentReading;
import vn.sotay.library.Viewer;
import vn.sotay.search.internal.ContentExtractor;
import vn.sotay.search.internal.ExtractionPipeline;
import vn.sotay.search.internal.FileText;
import vn.sotay.search.internal.FileTextQueries;

/** What editors and admins see of text extraction: per file of a document, and counts for the whole library. */
@Service
public class ExtractionStates {

    private final DocumentReading reading;
    private final FileTextQueries texts;
    private final ContentExtractor extractor;
    private final ExtractionPipeline pipeline;

    ExtractionStates(DocumentReading reading, FileTextQueries texts, ContentExtractor extractor, ExtractionPipeline pipeline) {
        this.reading = reading;
        this.texts = texts;
        this.extractor = extractor;
        this.pipeline = pipeline;
    }

    /** The files of a document the editor may edit (else not found), each with its extraction state. */
    @Transactional(readOnly = true)
    public List<FileExtraction> of(Viewer editor, long documentId) {
        DocumentDetails doc = reading.forEditing(editor, documentId);
        Map<Long, FileText> byFile = texts.ofDocument(documentId).stream()
                .collect(Collectors.toMap(FileText::getFileId, Function.identity()));
        return doc.files().stream().map(f -> {
            FileText t = byFile.get(f.id());
            return t == null ? new FileExtraction(f.id(), f.name(), ExtractionState.PENDING, 0, false, null, null)
                    : new FileExtraction(f.id(), f.name(), t.getState(), t.getChars(), t.isCut(), t.getMethod(), t.getReason());
        }).toList();
    }

    @Transactional(readOnly = true)
    public ExtractionOverview overview() {
        return new ExtractionOverview(texts.countByState(), extractor.ocrAvailable());
    }

    /** Files that waited for OCR are read again (after Tesseract was installed). */
    @Transactional
    public int retryOcr() {
        return texts.retryNeedingOcr();
    }

    /** Reads the files still to read now, in the caller's thread (tests, the import command). */
    public void drain() {
        pipeline.drain();
    }
}
