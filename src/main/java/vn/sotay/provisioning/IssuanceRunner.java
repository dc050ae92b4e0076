package vn.sotay.provisioning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.account.AccountIssuance;
import vn.sotay.account.NewMember;
import vn.sotay.provisioning.ProvisioningEvents.ListStep;

/**
 * Issues the accounts of approved lists in the background, one chunk of rows per transaction: accounts, their
 * outbox e-mails and the rows' "issued" marks commit together, so a job killed at any point resumes where it
 * stopped without a half-created account, a second account or a second e-mail. Interrupted jobs resume at
 * start-up and whenever their heartbeat is older than a minute.
 */
@Component
public class IssuanceRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(IssuanceRunner.class);
    private static final Duration STALE = Duration.ofMinutes(1);

    private final IssuanceJobs jobs;
    private final MemberLists lists;
    private final ListRows rows;
    private final AccountIssuance issuance;
    private final ProvisioningSettings settings;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sotay-issuance");
        t.setDaemon(true);
        return t;
    });
    private final Set<Long> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    IssuanceRunner(IssuanceJobs jobs, MemberLists lists, ListRows rows, AccountIssuance issuance,
            ProvisioningSettings settings, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.jobs = jobs;
        this.lists = lists;
        this.rows = rows;
        this.issuance = issuance;
        this.settings = settings;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** Runs the job in the background (once at a time per job on this node). */
    public void start(long jobId) {
        if (settings.runJobs() && running.add(jobId)) {
            executor.submit(() -> {
                try {
                    runToEnd(jobId, Integer.MAX_VALUE);
                } finally {
                    running.remove(jobId);
                }
            });
        }
    }

    /**
     * Runs at most {@code maxChunks} chunks of the job in the calling thread; true when the job is done. Used by the
     * background thread and by tests that stop a job midway as a crash would.
     */
    public boolean runToEnd(long jobId, int maxChunks) {
        tx.executeWithoutResult(s -> jobs.findById(jobId).orElseThrow().running(clock.instant()));
        int failures = 0;
        for (int i = 0; i < maxChunks; i++) {
            try {
                if (!Boolean.TRUE.equals(tx.execute(s -> chunk(jobId)))) {
                    return true;
                }
                failures = 0;
            } catch (RuntimeException e) {
                if (++failures >= 3) {
                    LOG.error("Issuance job {} failed", jobId, e);
                    String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                    tx.executeWithoutResult(s -> jobs.findById(jobId).orElseThrow()
                            .failed(reason.substring(0, Math.min(reason.length(), 1000)), clock.instant()));
                    return true;
                }
                LOG.warn("Issuance job {}: chunk failed, retrying: {}", jobId, e.toString());
            }
        }
        return false;
    }

    /** Issues the next chunk; false when nothing was left (the job is then marked done). */
    private boolean chunk(long jobId) {
        IssuanceJob job = jobs.findById(jobId).orElseThrow();
        List<ListRow> pending = rows.findPending(job.getListId(), PageRequest.of(0, settings.chunkSize()));
        if (pending.isEmpty()) {
            job.finished(clock.instant());
            lists.findById(job.getListId()).orElseThrow().issued();
            events.publishEvent(new ListStep("MEMBER_LIST_ISSUED", "list " + job.getListId(),
                    job.getProcessed() + " processed, " + job.getSkipped() + " skipped"));
            return false;
        }
        Set<String> taken = new HashSet<>(issuance.existingUsernames(pending.stream().map(ListRow::getCardNumber).toList()));
        int skipped = 0;
        for (ListRow row : pending) {
            if (!taken.add(row.getCardNumber())) {
                row.skipped("Số thẻ đã có tài khoản khi cấp");
                skipped++;
            } else {
                row.issued(issuance.issue(member(row), job.getApprovedBy()));
            }
        }
        job.progressed(pending.size(), skipped, clock.instant());
        return true;
    }

    private static NewMember member(ListRow r) {
        return new NewMember(r.getCardNumber(), r.getFullName(), r.getEmail(), r.getPhone(), date(r.getBirthDate()),
                r.getGender(), date(r.getJoinedOn()), date(r.getOfficialOn()), r.getOrganizationId());
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void resumeAtStart() {
        resumeInterrupted();
    }

    /** Restarts queued jobs and running jobs whose node stopped sending heartbeats. */
    @Scheduled(fixedDelay = 30, timeUnit = TimeUnit.SECONDS, initialDelay = 30)
    public void resumeInterrupted() {
        Instant stale = clock.instant().minus(STALE);
        for (IssuanceJob job : jobs.findByStatusIn(List.of(IssuanceJob.Status.QUEUED, IssuanceJob.Status.RUNNING))) {
            if (job.getStatus() == IssuanceJob.Status.QUEUED || job.heartbeatBefore(stale)) {
                start(job.getId());
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
