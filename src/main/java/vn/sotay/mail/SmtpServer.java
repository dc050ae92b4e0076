package vn.sotay.mail;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** The SMTP server of {@code spring.mail.*}, if one is configured: an empty {@code spring.mail.host} means none. */
@Component
class SmtpServer {

    private final ObjectProvider<JavaMailSender> senders;

    SmtpServer(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    Optional<JavaMailSender> sender() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl impl && !hasHost(impl)) {
            return Optional.empty();
        }
        return Optional.ofNullable(sender);
    }

    boolean configured() {
        return sender().isPresent();
    }

    private static boolean hasHost(JavaMailSenderImpl impl) {
        return StringUtils.hasText(impl.getHost())
                || StringUtils.hasText(impl.getSession().getProperty("mail.smtp.host"));
    }
}
