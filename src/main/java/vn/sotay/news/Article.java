package vn.sotay.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A news article or notice; members see it from its publication time on. The body is sanitised HTML. */
@Entity
@Table(name = "news_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_article_seq")
    @SequenceGenerator(name = "news_article_seq", sequenceName = "news_article_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NewsKind kind;
    @Column(nullable = false)
    private String title;
    private String summary;
    @Column(nullable = false)
    private String body;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "view_count", nullable = false)
    private long viewCount;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Article() {
    }

    Article(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void write(NewsKind kind, String title, String summary, String body, Instant publishedAt, Instant now) {
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.publishedAt = publishedAt;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public NewsKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getViewCount() {
        return viewCount;
    }
}
