package vn.sotay.search.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.library.LibraryEvents.DocumentChanged;
import vn.sotay.library.LibraryFiles;
import vn.sotay.search.ExtractionState;
import vn.sotay.search.SearchSettings;

/**
 * The background pipeline that reads the text of every file: finds files without a text row (the database is the
 * truth, so a restart catches up), reads each PENDING one within its limits and reindexes its document. A file
 * whose reading was interrupted {@code max-attempts} times (crash, restart) is marked FAILED, never retried forever.
 */
@Component
public class ExtractionPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionPipeline.class);

    private final FileTexts texts;
    private final LibraryFiles files;
    private final ContentExtractor extractor;
    private final Reindexer reindexer;
    private final SearchSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sotay-extraction");
        t.setDaemon(true);
        return t;
    });

    ExtractionPipeline(FileTexts texts, LibraryFiles files, ContentExtractor extractor, Reindexer reindexer,
            SearchSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.texts = texts;
        this.files = files;
        this.extractor = extractor;
        this.reindexer = reindexer;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    private volatile boolean stopping;

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (settings.extractionEnabled()) {
            long every = Math.max(1, settings.extractionInterval().toMillis());
            executor.scheduleWithFixedDelay(this::drainSafely, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    /** A document changed: look for new files now; a removed file's text leaves the index with it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(DocumentChanged event) {
        if ("DOCUMENT_FILE_REMOVED".equals(event.action())) {
            reindexer.reindex(event.documentId());
        }
        if (settings.extractionEnabled() && !stopping) {
            executor.execute(this::drainSafely);
        }
    }

    /**
     * Stops after the file being read: no interrupt while the thread may be inside the database, since an interrupted
     * read closes the embedded H2 file under every other connection (ClosedByInterruptException). A file whose
     * reading is cut short here is read again at the next start. A reading that goes on is waiting for Tika or Tesseract
     * on a thread of its own, where an interrupt after 5 s is safe.
     */
    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("Text extraction did not stop in time; interrupting it");
            executor.shutdownNow();
        }
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("Text extraction round failed", e);
        }
    }

    /** Reads every file still to read; one round at a time. */
    public void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            transaction.executeWithoutResult(s -> texts.discoverNewFiles(clock.instant()));
            List<FileText> batch;
            while (!stopping && !(batch = pending()).isEmpty() && !Thread.currentThread().isInterrupted()) {
                for (FileText file : batch) {
                    if (stopping) {
                        return;
                    }
                    process(file);
                }
            }
        } finally {
            draining.set(false);
        }
    }

    private List<FileText> pending() {
        return transaction.execute(s -> texts.inState(ExtractionState.PENDING, PageRequest.of(0, 5)));
    }

    private void process(FileText row) {
        long fileId = row.getFileId();
        if (row.getAttempts() >= settings.maxAttempts()) {
            save(fileId, ExtractionResult.failed(row.getMethod(), "bỏ qua sau " + row.getAttempts()
                    + " lần đọc bị gián đoạn (trình đọc bị treo hoặc máy chủ khởi động lại)"));
            return;
        }
        transaction.executeWithoutResult(s -> texts.findById(fileId).ifPresent(t -> t.attempt(clock.instant())));
        Optional<LibraryFiles.StoredFile> file = files.find(fileId);
        Optional<Resource> content = files.content(fileId);
        if (file.isEmpty() || content.isEmpty()) {
            transaction.executeWithoutResult(s -> texts.deleteById(fileId));
            return;
        }
        ExtractionResult result = extractor.read(content.get(), file.get().contentType());
        LOG.info("Text of file {} ({}): {} {}", fileId, file.get().contentType(), result.state(),
                result.reason() == null ? "" : result.reason());
        save(fileId, result);
    }

    private void save(long fileId, ExtractionResult result) {
        Long documentId = transaction.execute(s -> texts.findById(fileId).map(t -> {
            t.record(result, clock.instant());
            return t.getDocumentId();
        }).orElse(null));
        if (documentId != null) {
            reindexer.reindex(documentId);
        }
    }
}
