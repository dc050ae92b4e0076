package vn.sotay.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.shared.Texts;

/**
 * Queues e-mails. A message is stored in the caller's transaction, so it exists exactly when the change that caused
 * it was committed; {@link OutboxSender} delivers it later, retrying until the SMTP server takes it.
 */
@Service
public class Outbox {

    private static final int MAX_SUBJECT = 300;
    private static final int MAX_RECIPIENT = 254;

    /** The category of the credential e-mails of issued accounts. */
    public static final String CATEGORY_ACCOUNT_ISSUED = "ACCOUNT_ISSUED";

    private final OutboxMessages messages;
    private final Clock clock;
    private final String messageIdDomain;

    Outbox(OutboxMessages messages, MailSettings settings, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.messageIdDomain = domainOf(settings.from());
    }

    /**
     * Stores one plain-text e-mail with a new unique Message-ID; it must run inside the caller's transaction.
     *
     * @param category  what kind of mail, e.g. {@code PASSWORD_RESET}, shown to admins
     * @param sensitive the body carries credentials: it is replaced by a placeholder once the mail is sent
     * @return the id of the stored message
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(String recipient, String subject, String body, String category, boolean sensitive) {
        String to = Texts.nfcTrim(recipient);
        if (to == null || to.isEmpty() || to.length() > MAX_RECIPIENT) {
            throw new IllegalArgumentException("recipient must be an e-mail address of at most 254 characters");
        }
        String title = Texts.nfcTrim(Objects.requireNonNull(subject, "subject")).replaceAll("[\\r\\n]+", " ");
        if (title.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("subject must have at most 300 characters");
        }
        String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        OutboxMessage message = new OutboxMessage(messageId, to, title, Texts.nfc(Objects.requireNonNull(body, "body")),
                Objects.requireNonNull(category, "category"), sensitive, clock.instant());
        return messages.save(message).getId();
    }

    /** The domain of the From address, so that Message-IDs look like the sender's own. */
    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address == null ? -1 : address.lastIndexOf('@');
            return at < 0 ? "sotay" : address.substring(at + 1);
        } catch (AddressException e) {
            return "sotay";
        }
    }

    /** Which of the (lower-case) recipients have been sent a message of {@code category}. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Set<String> deliveredTo(String category, java.util.Collection<String> recipients) {
        java.util.Set<String> found = new java.util.HashSet<>();
        java.util.List<String> all = new java.util.ArrayList<>(recipients);
        for (int i = 0; i < all.size(); i += 1000) {
            found.addAll(messages.findDelivered(category, all.subList(i, Math.min(all.size(), i + 1000))));
        }
        return found;
    }
}
