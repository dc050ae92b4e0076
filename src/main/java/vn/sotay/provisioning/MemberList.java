package vn.sotay.provisioning;

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

/** A unit's list of members to issue accounts for: Nháp → Đã gửi → Đã duyệt → Đã cấp, or Bị từ chối. */
@Entity
@Table(name = "member_list")
public class MemberList {

    /** Where a list is in its review. */
    public enum Status { DRAFT, SUBMITTED, REJECTED, APPROVED, ISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_list_seq")
    @SequenceGenerator(name = "member_list_seq", sequenceName = "member_list_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id")
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    @Version
    private long version;

    protected MemberList() {
    }

    MemberList(Long organizationId, String fileName, String uploadedBy, Instant now) {
        this.organizationId = organizationId;
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    void counts(int rows, int errors, int warnings) {
        this.rowCount = rows;
        this.errorCount = errors;
        this.warningCount = warnings;
    }

    void submit(String by, Instant now) {
        this.status = Status.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    void reject(String by, String reason, Instant now) {
        this.status = Status.REJECTED;
        this.reviewedBy = by;
        this.rejectReason = reason;
        this.reviewedAt = now;
    }

    void approve(String by, Instant now) {
        this.status = Status.APPROVED;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    void issued() {
        this.status = Status.ISSUED;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Status getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public int getWarningCount() {
        return warningCount;
    }
}
