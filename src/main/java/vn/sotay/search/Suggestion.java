package vn.sotay.search;

/** A suggestion under the search box: a document the reader may open, by title and number. */
public record Suggestion(long id, String title, String number) {
}
