package vn.sotay.library;

import java.time.LocalDate;

/** A document as lists show it. */
public record DocumentCard(long id, String number, String type, String title, String issuer, LocalDate issuedOn,
        String summary, DocumentStatus status, Scope scope, long viewCount, long downloadCount, boolean bookmarked) {

    static DocumentCard of(Document d, boolean bookmarked) {
        return new DocumentCard(d.getId(), d.getNumber(), d.getType(), d.getTitle(), d.getIssuer(), d.getIssuedOn(),
                d.getSummary(), d.getStatus(), d.getScope(), d.getViewCount(), d.getDownloadCount(), bookmarked);
    }
}
