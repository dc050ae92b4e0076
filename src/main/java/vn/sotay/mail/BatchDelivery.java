package vn.sotay.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Turns claimed messages into UTF-8 plain-text MIME mails and sends them over one SMTP connection. */
@Component
class BatchDelivery {

    private final MailSettings settings;

    BatchDelivery(MailSettings settings) {
        this.settings = settings;
    }

    /** Sends the batch; returns the failures by message id. Every message not in the result was delivered. */
    Map<Long, DeliveryFailure> deliver(JavaMailSender sender, List<OutboxMessage> batch) {
        Map<Long, DeliveryFailure> failures = new HashMap<>();
        List<MimeMessage> mails = new ArrayList<>(batch.size());
        Map<Object, Long> ids = new IdentityHashMap<>();
        for (OutboxMessage message : batch) {
            try {
                MimeMessage mail = compose(sender, message);
                mails.add(mail);
                ids.put(mail, message.getId());
            } catch (MessagingException | MailException e) {
                failures.put(message.getId(), DeliveryFailure.of(e));
            }
        }
        if (mails.isEmpty()) {
            return failures;
        }
        try {
            sender.send(mails.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            e.getFailedMessages().forEach((mail, cause) -> {
                Long id = ids.get(mail);
                if (id != null) {
                    failures.put(id, DeliveryFailure.of(cause));
                }
            });
        } catch (MailException e) {
            DeliveryFailure failure = DeliveryFailure.of(e);
            ids.values().forEach(id -> failures.put(id, failure));
        }
        return failures;
    }

    private MimeMessage compose(JavaMailSender sender, OutboxMessage message) throws MessagingException {
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        helper.setSentDate(new Date());
        mail.setHeader("Message-ID", message.getMessageId());
        return mail;
    }
}
