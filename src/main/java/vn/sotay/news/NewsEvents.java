package vn.sotay.news;

import vn.sotay.shared.AuditedEvent;

/** Audited events of the news module. */
public final class NewsEvents {

    private NewsEvents() {
    }

    /** The office created or changed an article. */
    public record ArticleSaved(String actor, long articleId, boolean created) implements AuditedEvent {
        public String action() {
            return created ? "NEWS_CREATED" : "NEWS_UPDATED";
        }

        public String target() {
            return "news:" + articleId;
        }
    }
}
