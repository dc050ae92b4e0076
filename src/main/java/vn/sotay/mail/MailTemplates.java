package vn.sotay.mail;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of e-mails, always Vietnamese whatever the reader's page language: keys
 * {@code mail.template.<name>.subject} and {@code .body} in {@code i18n/mail.properties}.
 */
@Component
public class MailTemplates {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** Fills template {@code name} with {@code args} ({0}, {1} …); pass numbers as text to avoid digit grouping. */
    public MailContent render(String name, Object... args) {
        String prefix = "mail.template." + name;
        return new MailContent(text(prefix + ".subject", args), text(prefix + ".body", args));
    }

    /** "Đặt lại mật khẩu Sổ tay đảng viên": greeting, the single-use link and how long it works. */
    public MailContent passwordReset(String fullName, String username, String link, long validMinutes) {
        return render("passwordReset", fullName, username, link, String.valueOf(validMinutes));
    }

    /** What replaces the body of a sensitive message once it is sent. */
    String redactedBody() {
        return text("mail.redacted");
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, VIETNAMESE);
    }
}
