package vn.sotay.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of a document: its original (NFC) name for downloads, the type detected from its content, and where it lives. */
@Entity
@Table(name = "document_file")
public class DocumentFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_file_seq")
    @SequenceGenerator(name = "document_file_seq", sequenceName = "document_file_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false)
    private int position;
    @Column(name = "original_name", nullable = false)
    private String originalName;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "storage_key", nullable = false)
    private String storageKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DocumentFile() {
    }

    DocumentFile(Document document, int position, String originalName, StoredFileInfo stored, Instant now) {
        this.document = document;
        this.position = position;
        this.originalName = originalName;
        this.size = stored.size();
        this.contentType = stored.contentType();
        this.sha256 = stored.sha256();
        this.storageKey = stored.storageKey();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getPosition() {
        return position;
    }

    public String getOriginalName() {
        return originalName;
    }

    public long getSize() {
        return size;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    FileInfo info() {
        return new FileInfo(id, originalName, size, contentType, FileKind.of(contentType));
    }
}
