package vn.sotay.library;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * "Lượt xem" and "Lượt tải", counted in memory and added to the documents' rows once a second in one batch: when
 * thirty members download the same circular at once, thirty requests updating one row would queue behind each
 * other's row lock. The audit log, written with each request, stays the record of who read what; a crash loses at
 * most the last second of counts. Pages show the stored count plus what is still pending.
 */
@Component
public class DocumentCounters {

    private final Map<Long, AtomicLong> views = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> downloads = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    DocumentCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void viewed(long documentId) {
        views.computeIfAbsent(documentId, id -> new AtomicLong()).incrementAndGet();
    }

    void downloaded(long documentId) {
        downloads.computeIfAbsent(documentId, id -> new AtomicLong()).incrementAndGet();
    }

    long pendingViews(long documentId) {
        AtomicLong n = views.get(documentId);
        return n == null ? 0 : n.get();
    }

    long pendingDownloads(long documentId) {
        AtomicLong n = downloads.get(documentId);
        return n == null ? 0 : n.get();
    }

    /** Adds the pending counts to the rows; a count taken here is never counted twice nor lost. */
    @Scheduled(fixedDelay = 1000)
    @PreDestroy
    public synchronized void flush() {
        write("view_count", views);
        write("download_count", downloads);
    }

    private void write(String column, Map<Long, AtomicLong> counts) {
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((id, n) -> {
            long value = n.getAndSet(0);
            if (value > 0) {
                rows.add(new Object[] {value, id});
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate("update document set " + column + " = " + column + " + ? where id = ?", rows);
        } catch (RuntimeException e) {
            rows.forEach(r -> counts.computeIfAbsent((Long) r[1], id -> new AtomicLong()).addAndGet((Long) r[0]));
            throw e;
        }
    }
}
