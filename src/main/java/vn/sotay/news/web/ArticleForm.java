package vn.sotay.news.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.MessageSource;
import vn.sotay.news.ArticleInput;
import vn.sotay.news.ArticleView;
import vn.sotay.news.NewsKind;
import vn.sotay.shared.Messages;
import vn.sotay.shared.TypedDates;
import vn.sotay.shared.ValidationException;

/**
 * The office's article form; the publication time as the browser's date-time field sends it, or typed as
 * day/month/year hour:minute where the browser has no such field (Vietnam time).
 */
public class ArticleForm {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private String kind = "NEWS";
    private String title = "";
    private String summary = "";
    private String body = "";
    private String publishedAt = "";

    static ArticleForm of(ArticleView a) {
        ArticleForm f = new ArticleForm();
        f.kind = a.kind().name();
        f.title = a.title();
        f.summary = a.summary() == null ? "" : a.summary();
        f.body = a.body();
        f.publishedAt = a.publishedAt() == null ? "" : LocalDateTime.ofInstant(a.publishedAt(), VIETNAM).toString();
        return f;
    }

    /** The article, or the publication time's error naming the field; the time is read strictly (no 31/02). */
    ArticleInput input(MessageSource messages) {
        LocalDateTime published = null;
        if (publishedAt != null && !publishedAt.isBlank()) {
            published = TypedDates.dateTime(publishedAt).orElseThrow(() -> new ValidationException("publishedAt",
                    "DATE_INVALID", Messages.get(messages, "news.error.DATE_INVALID", publishedAt.strip())));
        }
        return new ArticleInput("NOTICE".equals(kind) ? NewsKind.NOTICE : NewsKind.NEWS, title, summary, body, published);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getPublishedAt() { return publishedAt; }
    public void setPublishedAt(String publishedAt) { this.publishedAt = publishedAt; }
}
