package vn.sotay.mail;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.mail.MailEvents.MailRetried;
import vn.sotay.mail.MailEvents.SensitiveMailRead;

/** "Hộp thư đi" for the office admins: counts, the list, one message with its body, and "Gửi lại". */
@Service
@Transactional(readOnly = true)
public class OutboxAdministration {

    static final int PAGE_SIZE = 50;

    private final OutboxMessages messages;
    private final SmtpServer smtp;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxAdministration(OutboxMessages messages, SmtpServer smtp, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.smtp = smtp;
        this.events = events;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured; without one, mail waits here for the office to hand it over. */
    public boolean smtpConfigured() {
        return smtp.configured();
    }

    /** How many messages are in each status, every status present. */
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        messages.countByStatus().forEach(c -> counts.put(c.getStatus(), c.getCount()));
        return counts;
    }

    /** Newest first, optionally of one status; bodies are left out. */
    public Page<OutboxView> list(OutboxStatus status, int page) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        Page<OutboxMessage> found = status == null ? messages.findAll(pageable) : messages.findByStatus(status, pageable);
        return found.map(m -> OutboxView.of(m, false));
    }

    /** One message with its body; reading a body that carries credentials is audited. */
    @Transactional
    public Optional<OutboxView> read(long id) {
        Optional<OutboxMessage> found = messages.findById(id);
        found.filter(m -> m.isSensitive() && m.getStatus() != OutboxStatus.SENT)
                .ifPresent(m -> events.publishEvent(new SensitiveMailRead(m.getId(), m.getRecipient(), m.getCategory())));
        return found.map(m -> OutboxView.of(m, true));
    }

    /** "Gửi lại": puts a FAILED message back into the queue with a fresh count of attempts. */
    @Transactional
    public boolean retry(long id) {
        Optional<OutboxMessage> found = messages.findById(id).filter(m -> m.getStatus() == OutboxStatus.FAILED);
        if (found.isEmpty() || messages.retry(id, clock.instant()) == 0) {
            return false;
        }
        events.publishEvent(new MailRetried(id, found.get().getRecipient()));
        return true;
    }
}
