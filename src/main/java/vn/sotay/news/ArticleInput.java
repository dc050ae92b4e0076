package vn.sotay.news;

import java.time.LocalDateTime;

/**
 * An article as the office writes it: kind, title, summary, body (HTML, sanitised, or plain text whose blank lines
 * separate paragraphs) and the publication time in Vietnam time (empty: not published yet).
 */
public record ArticleInput(NewsKind kind, String title, String summary, String body, LocalDateTime publishedAt) {
}
