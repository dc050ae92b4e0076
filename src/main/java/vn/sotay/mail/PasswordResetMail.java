package vn.sotay.mail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sotay.account.AccountEvents.PasswordResetRequested;

/**
 * Queues the "Quên mật khẩu" e-mail. Synchronous on purpose: the mail is stored in the transaction that stored the
 * reset token, and the event, which carries the secret link, is never written to an event registry.
 */
@Component
class PasswordResetMail {

    static final String CATEGORY = "PASSWORD_RESET";

    private final Outbox outbox;
    private final MailTemplates templates;

    PasswordResetMail(Outbox outbox, MailTemplates templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    @EventListener
    void on(PasswordResetRequested event) {
        MailContent mail = templates.passwordReset(event.fullName(), event.actor(), event.link(), event.validMinutes());
        outbox.queue(event.email(), mail.subject(), mail.body(), CATEGORY, true);
    }
}
