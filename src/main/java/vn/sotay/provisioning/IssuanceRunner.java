package vn.sotay.provisioning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * stopped without a half-created account, a second account or a second e-mail. The rows are split among
 * {@code workers} threads by row number, so issuance uses every core. Interrupted jobs resume at start-up and
 * whenever their heartbeat is older than a minute.
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
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(r -> daemon(r, "sotay-issuance"));
    private final ExecutorService workers;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

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
        this.workers = Executors.newFixedThreadPool(settings.workers(), r -> daemon(r, "sotay-issuance-worker"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Runs the job in the background (once at a time per job on this node). */
    public void start(long jobId) {
        if (settings.runJobs() && running.add(jobId)) {
            coordinator.submit(() -> {
                try {
                    runToEnd(jobId, Integer.MAX_VALUE);
                } finally {
                    running.remove(jobId);
                }
            });
        }
    }

    /**
     * Runs at most {@code maxChunks} chunks per worker of the job in the calling thread and the workers; true when the
     * job is over (done or failed). Used by the background thread and by tests that stop a job midway as a crash would.
     */
    public boolean runToEnd(long jobId, int maxChunks) {
        long listId = tx.execute(s -> {
            IssuanceJob job = jobs.findById(jobId).orElseThrow();
            job.running(clock.instant());
            return job.getListId();
        });
        int n = settings.workers();
        List<CompletableFuture<Boolean>> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int part = k;
            parts.add(CompletableFuture.supplyAsync(() -> runPart(jobId, listId, part, n, maxChunks), workers));
        }
        try {
            boolean exhausted = true;
            for (CompletableFuture<Boolean> f : parts) {
                exhausted &= f.join();
            }
            if (exhausted) {
                tx.executeWithoutResult(s -> finish(jobId));
            }
            return exhausted;
        } catch (RuntimeException e) {
            LOG.error("Issuance job {} failed", jobId, e);
            String reason = String.valueOf(e.getCause() == null ? e : e.getCause());
            tx.executeWithoutResult(s -> jobs.findById(jobId).orElseThrow()
                    .failed(reason.substring(0, Math.min(reason.length(), 1000)), clock.instant()));
            return true;
        }
    }

    /** Issues the rows of one partition; true when none is left, false when stopped by {@code maxChunks}. */
    private boolean runPart(long jobId, long listId, int part, int parts, int maxChunks) {
        int cursor = 0;
        int failures = 0;
        for (int i = 0; i < maxChunks; i++) {
            try {
                int after = cursor;
                int[] done = tx.execute(s -> chunk(listId, after, part, parts));
                if (done == null) {
                    return true;
                }
                cursor = done[0];
                failures = 0;
                tx.executeWithoutResult(s -> jobs.progressed(jobId, done[1], done[2], clock.instant()));
            } catch (RuntimeException e) {
                if (++failures >= 3) {
                    throw e;
                }
                LOG.warn("Issuance job {}: chunk failed, retrying: {}", jobId, e.toString());
            }
        }
        return false;
    }

    /** Issues the next chunk of a partition after row {@code afterRow}: {last row, rows done, rows skipped}, or null. */
    private int[] chunk(long listId, int afterRow, int part, int parts) {
        List<ListRow> pending = rows.findPending(listId, afterRow, parts, part, PageRequest.of(0, settings.chunkSize()));
        if (pending.isEmpty()) {
            return null;
        }
        Set<String> taken = new HashSet<>(issuance.existingUsernames(pending.stream().map(ListRow::getCardNumber).toList()));
        Set<String> usedEmails = new HashSet<>(issuance.existingEmails(pending.stream().map(ListRow::getEmail)
                .filter(java.util.Objects::nonNull).map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList()));
        int skipped = 0;
        String approvedBy = jobs.findByListId(listId).map(IssuanceJob::getApprovedBy).orElse("system");
        for (ListRow row : pending) {
            String email = row.getEmail() == null ? null : row.getEmail().toLowerCase(java.util.Locale.ROOT);
            if (taken.contains(row.getCardNumber())) {
                row.skipped("Số thẻ đã có tài khoản khi cấp");
                skipped++;
            } else if (email != null && !usedEmails.add(email)) {
                row.skipped("Email đã được tài khoản khác dùng khi cấp");
                skipped++;
            } else {
                taken.add(row.getCardNumber());
                row.issued(issuance.issue(member(row), approvedBy));
            }
        }
        int first = pending.get(0).getRowNumber();
        int last = pending.get(pending.size() - 1).getRowNumber();
        events.publishEvent(new ListStep("ACCOUNTS_ISSUED", "list " + listId, (pending.size() - skipped)
                + " tài khoản (dòng " + first + "–" + last + "), " + skipped + " dòng bỏ qua; phê duyệt: " + approvedBy));
        return new int[] {last, pending.size(), skipped};
    }

    /** Marks the job done with exact counts taken from the rows, and the list issued. */
    private void finish(long jobId) {
        IssuanceJob job = jobs.findById(jobId).orElseThrow();
        long done = rows.countDone(job.getListId());
        long skipped = rows.countSkipped(job.getListId());
        job.finished((int) done, (int) skipped, clock.instant());
        lists.findById(job.getListId()).orElseThrow().issued();
        events.publishEvent(new ListStep("MEMBER_LIST_ISSUED", "list " + job.getListId(),
                done + " processed, " + skipped + " skipped"));
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
        coordinator.shutdown();
        workers.shutdown();
        coordinator.awaitTermination(30, TimeUnit.SECONDS);
    }
}
