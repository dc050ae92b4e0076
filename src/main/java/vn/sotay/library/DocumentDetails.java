package vn.sotay.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the document page shows, with whether the reader may edit it and has bookmarked it. */
public record DocumentDetails(long id, String number, String type, String title, String issuer, String signer,
        LocalDate issuedOn, LocalDate effectiveOn, String summary, String topic, DocumentStatus status,
        Scope scope, String organization, String organizationCode, Instant publishedAt, long viewCount, long downloadCount,
        List<FileInfo> files, boolean editable, boolean bookmarked) {

    public DocumentMetadata metadata() {
        return new DocumentMetadata(number, type, issuer, signer, issuedOn, effectiveOn, title, summary, topic);
    }
}
