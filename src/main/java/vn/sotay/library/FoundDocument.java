package vn.sotay.library;

import java.time.LocalDate;

/** A search hit: the document as lists show it and a snippet of escaped HTML with the matching words in {@code <mark>}. */
public record FoundDocument(long id, String title, String number, String type, String issuer, LocalDate issuedOn,
        String snippet) {
}
