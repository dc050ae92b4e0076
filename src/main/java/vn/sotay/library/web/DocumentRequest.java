package vn.sotay.library.web;

import java.time.LocalDate;
import vn.sotay.library.DocumentMetadata;
import vn.sotay.library.Visibility;

/**
 * The metadata of a document in the admin API: dates as ISO {@code yyyy-MM-dd}, {@code visibility}
 * {@code {"scope":"ALL"}} or {@code {"scope":"ORGANIZATION","organization":"<code>"}}, {@code publish} to publish at once.
 */
record DocumentRequest(String number, String type, String issuer, String signer, LocalDate issuedOn,
        LocalDate effectiveOn, String title, String summary, String topic, Visibility visibility, Boolean publish) {

    boolean publishNow() {
        return Boolean.TRUE.equals(publish);
    }

    DocumentMetadata metadata() {
        return new DocumentMetadata(number, type, issuer, signer, issuedOn, effectiveOn, title, summary, topic);
    }
}
