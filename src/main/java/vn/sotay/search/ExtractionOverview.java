package vn.sotay.search;

import java.util.Map;

/** The files by extraction state, and whether OCR can run on this server. */
public record ExtractionOverview(Map<ExtractionState, Long> counts, boolean ocrAvailable) {

    public long count(ExtractionState state) {
        return counts.getOrDefault(state, 0L);
    }
}
