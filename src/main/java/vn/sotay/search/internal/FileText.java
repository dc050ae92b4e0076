package vn.sotay.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.sotay.search.ExtractionState;

/** The text read from one document file, and the state of reading it. */
@Entity
@Table(name = "search_file_text")
public class FileText {

    @Id
    @Column(name = "file_id")
    private Long fileId;
    @Column(name = "document_id", nullable = false)
    private long documentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExtractionState state;
    private String reason;
    private String method;
    @Column(columnDefinition = "text")
    private String content;
    private int chars;
    private boolean cut;
    private int attempts;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FileText() {
    }

    public Long getFileId() {
        return fileId;
    }

    public long getDocumentId() {
        return documentId;
    }

    public ExtractionState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public String getMethod() {
        return method;
    }

    public String getContent() {
        return content;
    }

    public int getChars() {
        return chars;
    }

    public boolean isCut() {
        return cut;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void attempt(Instant now) {
        attempts++;
        updatedAt = now;
    }

    void record(ExtractionResult result, Instant now) {
        this.state = result.state();
        this.reason = result.reason() == null ? null : cut(result.reason(), 1000);
        this.method = result.method();
        this.content = result.text();
        this.chars = result.text() == null ? 0 : result.text().length();
        this.cut = result.cut();
        this.updatedAt = now;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
