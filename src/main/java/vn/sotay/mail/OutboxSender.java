package vn.sotay.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: every {@code sotay.mail.poll-interval} it claims due messages in batches and sends each
 * batch over one SMTP connection, until nothing is due. It runs on its own thread so that a large issuance does not
 * hold up other scheduled work, and does nothing while no SMTP server is configured. On shutdown it finishes the
 * batch in hand and claims no more; a batch cut short by a crash is sent again after {@code sending-lease}.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    /** Below the 30 s Spring gives each lifecycle phase to stop. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(25);

    private final SmtpServer smtp;
    private final OutboxBatches batches;
    private final BatchDelivery delivery;
    private final MailSettings settings;
    private volatile boolean running;
    private ScheduledExecutorService executor;

    OutboxSender(SmtpServer smtp, OutboxBatches batches, BatchDelivery delivery, MailSettings settings) {
        this.smtp = smtp;
        this.batches = batches;
        this.delivery = delivery;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        long interval = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Outbox sender did not finish its batch in {}: it is sent again after the lease", SHUTDOWN_WAIT);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Sends due mail, batch after batch, until none is due or the application stops. */
    void poll() {
        Optional<JavaMailSender> sender = smtp.sender();
        if (sender.isEmpty()) {
            return;
        }
        batches.releaseExpiredClaims();
        while (running) {
            OutboxBatches.Claimed batch = batches.claim();
            if (batch.isEmpty()) {
                return;
            }
            Map<Long, DeliveryFailure> failures = delivery.deliver(sender.get(), batch.messages());
            batches.record(batch, failures);
            if (batch.messages().size() < settings.batchSize()) {
                return;
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("Outbox sender failed; it tries again in {}", settings.pollInterval(), e);
        }
    }
}
