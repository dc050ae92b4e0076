package vn.sotay.mail;

import java.time.Instant;

/**
 * One outbox message as admins see it. {@code body} is null in lists; it is only read on the detail page.
 */
public record OutboxView(
        long id,
        String messageId,
        Instant createdAt,
        String recipient,
        String subject,
        String category,
        boolean sensitive,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError,
        String body) {

    static OutboxView of(OutboxMessage m, boolean withBody) {
        return new OutboxView(m.getId(), m.getMessageId(), m.getCreatedAt(), m.getRecipient(), m.getSubject(),
                m.getCategory(), m.isSensitive(), m.getStatus(), m.getAttempts(), m.getNextAttemptAt(), m.getSentAt(),
                m.getLastError(), withBody ? m.getBody() : null);
    }

    public boolean retryable() {
        return status == OutboxStatus.FAILED;
    }

    @Override
    public String toString() {
        return "OutboxView[#" + id + ", " + status + "]";
    }
}
