package vn.sotay.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sotay.account.AccountEvents.AccountIssued;
import vn.sotay.shared.SotaySettings;

/**
 * Queues the seed's e-mail "Khởi tạo tài khoản trên hệ thống Sổ tay đảng Viên" with the card number, the one-time
 * password, the address and the four steps, in the transaction that created the account (so an issuance job killed
 * at any point sends each e-mail exactly once). Members without e-mail get a printed slip instead.
 */
@Component
class AccountIssuedMail {

    static final String CATEGORY = Outbox.CATEGORY_ACCOUNT_ISSUED;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Outbox outbox;
    private final MailTemplates templates;
    private final SotaySettings settings;

    AccountIssuedMail(Outbox outbox, MailTemplates templates, SotaySettings settings) {
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
    }

    @EventListener
    void on(AccountIssued event) {
        if (event.email() == null) {
            return;
        }
        MailContent mail = templates.render(event.reissue() ? "credentialsReissued" : "accountIssued", event.fullName(),
                event.target(), event.initialPassword(), settings.baseUrlWithoutSlash(), DATE.format(event.expiresAt()));
        outbox.queue(event.email(), mail.subject(), mail.body(), CATEGORY, true);
    }
}
