package vn.sotay.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.mail.MailEvents.MailFailed;

/**
 * The database side of sending, one short transaction each: claim a batch, record its outcome, release claims of
 * senders that died. No transaction stays open while the SMTP server talks.
 */
@Component
class OutboxBatches {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxBatches.class);

    private final OutboxMessages messages;
    private final MailSettings settings;
    private final MailTemplates templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxBatches(OutboxMessages messages, MailSettings settings, MailTemplates templates,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.settings = settings;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /** Messages claimed by this node at one instant; another node's claim of the same row fails its update. */
    record Claimed(Instant claimedAt, List<OutboxMessage> messages) {
        boolean isEmpty() {
            return messages.isEmpty();
        }
    }

    @Transactional
    Claimed claim() {
        Instant now = now();
        List<Long> claimed = messages.findDue(now, Limit.of(settings.batchSize())).stream()
                .sorted()
                .filter(id -> messages.claim(id, now) == 1)
                .toList();
        if (claimed.isEmpty()) {
            return new Claimed(now, List.of());
        }
        List<OutboxMessage> batch = messages.findAllById(claimed).stream()
                .sorted(Comparator.comparing(OutboxMessage::getId))
                .toList();
        return new Claimed(now, batch);
    }

    /** Marks the delivered messages SENT (redacting sensitive bodies) and schedules or gives up the failed ones. */
    @Transactional
    void record(Claimed batch, Map<Long, DeliveryFailure> failures) {
        Instant now = now();
        List<Long> sent = batch.messages().stream().map(OutboxMessage::getId)
                .filter(id -> !failures.containsKey(id)).toList();
        if (!sent.isEmpty()) {
            messages.markSent(sent, batch.claimedAt(), now, templates.redactedBody());
        }
        for (OutboxMessage message : batch.messages()) {
            DeliveryFailure failure = failures.get(message.getId());
            if (failure != null) {
                recordFailure(message, failure, batch.claimedAt(), now);
            }
        }
    }

    @Transactional
    void releaseExpiredClaims() {
        Instant now = now();
        int released = messages.releaseExpiredClaims(now.minus(settings.sendingLease()), now);
        if (released > 0) {
            LOG.warn("{} outbox message(s) were still SENDING after {}: queued again", released, settings.sendingLease());
        }
    }

    private void recordFailure(OutboxMessage message, DeliveryFailure failure, Instant claimedAt, Instant now) {
        int attempts = message.getAttempts() + 1;
        boolean giveUp = failure.permanent() || attempts >= settings.maxAttempts();
        OutboxStatus status = giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING;
        Instant next = giveUp ? now : now.plus(settings.backoff(attempts));
        if (messages.markAttemptFailed(message.getId(), claimedAt, status, next, failure.error()) == 1 && giveUp) {
            LOG.warn("Outbox message #{} given up after {} attempt(s): {}", message.getId(), attempts, failure.error());
            events.publishEvent(new MailFailed(message.getId(), message.getRecipient(), failure.error()));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
