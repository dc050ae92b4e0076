package vn.sotay.search.internal;

import vn.sotay.search.ExtractionState;

/** What reading one file gave: the state, the (NFC) text, whether a limit cut it, the method and a reason. */
public record ExtractionResult(ExtractionState state, String text, boolean cut, String method, String reason) {

    static ExtractionResult done(String text, String method, boolean cut, String reason) {
        return new ExtractionResult(ExtractionState.DONE, VietnameseText.normalize(text), cut, method, reason);
    }

    static ExtractionResult failed(String method, String reason) {
        return new ExtractionResult(ExtractionState.FAILED, null, false, method, reason);
    }

    static ExtractionResult needsOcr(String reason) {
        return new ExtractionResult(ExtractionState.NEEDS_OCR, null, false, "OCR", reason);
    }
}
