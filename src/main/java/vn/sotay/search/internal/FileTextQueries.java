package vn.sotay.search.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.sotay.search.ExtractionState;

/** Reading and resetting extraction rows for the search module's API, without exposing the repository. */
@Component
public class FileTextQueries {

    private final FileTexts texts;

    FileTextQueries(FileTexts texts) {
        this.texts = texts;
    }

    public List<FileText> ofDocument(long documentId) {
        return texts.ofDocument(documentId);
    }

    public Map<ExtractionState, Long> countByState() {
        Map<ExtractionState, Long> counts = new EnumMap<>(ExtractionState.class);
        for (Object[] row : texts.countByState()) {
            counts.put((ExtractionState) row[0], (Long) row[1]);
        }
        return counts;
    }

    public int retryNeedingOcr() {
        return texts.retryNeedingOcr();
    }
}
