package vn.sotay.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mail outbox ({@code sotay.mail.*}). The SMTP server itself is {@code spring.mail.*}; while
 * {@code spring.mail.host} is empty nothing is sent and mail waits in "Hộp thư đi".
 *
 * @param from         the From header, a display name and address
 * @param pollInterval pause between two looks for due mail (a full batch is followed at once by the next)
 * @param batchSize    messages claimed at once and sent over one SMTP connection
 * @param maxAttempts  failed attempts after which a message is given up (FAILED) until an admin retries it
 * @param baseBackoff  wait after the first failed attempt; each further failure doubles it
 * @param maxBackoff   the longest wait between two attempts
 * @param sendingLease how long a claim lasts: a message still SENDING after this (its node died) is queued again
 */
@ConfigurationProperties("sotay.mail")
public record MailSettings(
        @DefaultValue("Sổ tay đảng viên <no-reply@localhost>") String from,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("30s") Duration baseBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("5m") Duration sendingLease) {

    public MailSettings {
        require(positive(pollInterval), "sotay.mail.poll-interval must be positive");
        require(batchSize >= 1 && batchSize <= 1000, "sotay.mail.batch-size must be between 1 and 1000");
        require(maxAttempts >= 1, "sotay.mail.max-attempts must be at least 1");
        require(positive(baseBackoff) && !maxBackoff.minus(baseBackoff).isNegative(),
                "sotay.mail.base-backoff must be positive and not above sotay.mail.max-backoff");
        require(positive(sendingLease), "sotay.mail.sending-lease must be positive");
    }

    /** The wait before the next attempt after {@code failedAttempts} failures: base × 2^(n−1), at most max. */
    public Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = baseBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
