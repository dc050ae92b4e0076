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
import java.time.Instant;

/** The background issuance of one approved list, with its progress. One job per list, ever. */
@Entity
@Table(name = "issuance_job")
public class IssuanceJob {

    /** Where a job is. */
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issuance_job_seq")
    @SequenceGenerator(name = "issuance_job_seq", sequenceName = "issuance_job_seq", allocationSize = 50)
    private Long id;

    @Column(name = "list_id", nullable = false, unique = true)
    private long listId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.QUEUED;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int processed;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "approved_by", nullable = false)
    private String approvedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected IssuanceJob() {
    }

    IssuanceJob(long listId, int total, String approvedBy, Instant now) {
        this.listId = listId;
        this.total = total;
        this.approvedBy = approvedBy;
        this.createdAt = now;
    }

    void running(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
        status = Status.RUNNING;
        heartbeatAt = now;
    }

    void finished(int done, int skippedRows, Instant now) {
        processed = done;
        skipped = skippedRows;
        status = Status.DONE;
        finishedAt = now;
        heartbeatAt = now;
    }

    void requeue() {
        status = Status.QUEUED;
        lastError = null;
        finishedAt = null;
    }

    void failed(String error, Instant now) {
        status = Status.FAILED;
        lastError = error;
        finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getListId() {
        return listId;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed;
    }

    public int getSkipped() {
        return skipped;
    }

    public String getLastError() {
        return lastError;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    boolean heartbeatBefore(Instant instant) {
        return heartbeatAt == null || heartbeatAt.isBefore(instant);
    }

    /** Whole percent done, for the progress bar. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, processed * 100L / total);
    }
}
