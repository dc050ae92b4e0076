package vn.sotay.news;

import java.time.Instant;

/** An article as pages and the API show it; {@code body} is sanitised HTML. */
public record ArticleView(long id, NewsKind kind, String title, String summary, String body, Instant publishedAt,
        long viewCount, boolean published) {

    static ArticleView of(Article a, Instant now, long extraViews) {
        return new ArticleView(a.getId(), a.getKind(), a.getTitle(), a.getSummary(), a.getBody(), a.getPublishedAt(),
                a.getViewCount() + extraViews, a.getPublishedAt() != null && !a.getPublishedAt().isAfter(now));
    }
}
