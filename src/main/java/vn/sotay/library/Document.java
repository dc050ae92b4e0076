package vn.sotay.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sotay.library.internal.VietnameseOrder;
import vn.sotay.shared.Texts;

/** A document of the library with its Vietnamese metadata, visibility, status, files and counters. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    private String number;
    @Column(nullable = false)
    private String type;
    private String issuer;
    private String signer;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "issued_year")
    private Integer issuedYear;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(nullable = false)
    private String title;
    @Column(name = "title_key", nullable = false)
    private String titleKey;
    private String summary;
    @Column(nullable = false)
    private String folded;
    @Column(name = "topic_id")
    private Long topicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status = DocumentStatus.DRAFT;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope = Scope.ALL;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "organization_path")
    private String organizationPath;

    @Column(name = "view_count", nullable = false)
    private long viewCount;
    @Column(name = "download_count", nullable = false)
    private long downloadCount;
    @Column(name = "import_key")
    private String importKey;

    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<DocumentFile> files = new ArrayList<>();

    @Version
    private long version;

    protected Document() {
    }

    Document(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the metadata; every text is kept in NFC. */
    void describe(DocumentMetadata m, Long topicId, Instant now) {
        this.number = blankToNull(m.number());
        this.type = Texts.nfcTrim(m.type());
        this.issuer = blankToNull(m.issuer());
        this.signer = blankToNull(m.signer());
        this.issuedOn = m.issuedOn();
        this.issuedYear = m.issuedOn() == null ? null : m.issuedOn().getYear();
        this.effectiveOn = m.effectiveOn();
        this.title = Texts.nfcTrim(m.title());
        this.titleKey = VietnameseOrder.key(this.title);
        this.summary = blankToNull(m.summary());
        this.folded = cut(Texts.fold(String.join(" ", nonNull(number), title, nonNull(summary))), 6000);
        this.topicId = topicId;
        this.updatedAt = now;
    }

    void restrictTo(Scope scope, Long organizationId, String organizationPath) {
        this.scope = scope;
        this.organizationId = scope == Scope.ALL ? null : organizationId;
        this.organizationPath = scope == Scope.ALL ? null : organizationPath;
    }

    void publish(Instant now) {
        this.status = DocumentStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        this.status = DocumentStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    void markImported(String key) {
        this.importKey = key;
    }

    DocumentFile attach(StoredFileInfo stored, String originalName, Instant now) {
        int position = files.stream().mapToInt(DocumentFile::getPosition).max().orElse(-1) + 1;
        DocumentFile file = new DocumentFile(this, position, originalName, stored, now);
        files.add(file);
        return file;
    }

    boolean detach(long fileId) {
        return files.removeIf(f -> f.getId() != null && f.getId() == fileId);
    }

    private static String blankToNull(String value) {
        String v = Texts.nfcTrim(value);
        return v == null || v.isEmpty() ? null : v;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getType() {
        return type;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSigner() {
        return signer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getTitle() {
        return title;
    }

    /** The title's Vietnamese collation key (hex): sorting by it is sorting titles in Vietnamese order. */
    public String getTitleKey() {
        return titleKey;
    }

    public String getSummary() {
        return summary;
    }

    public Long getTopicId() {
        return topicId;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public Scope getScope() {
        return scope;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationPath() {
        return organizationPath;
    }

    public long getViewCount() {
        return viewCount;
    }

    public long getDownloadCount() {
        return downloadCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<DocumentFile> getFiles() {
        return files;
    }
}
