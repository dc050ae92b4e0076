package vn.sotay.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class DeliveryFailureTests {

    @Test
    void aServerThatCannotBeReachedIsWorthRetrying() {
        MessagingException connect = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 25; timeout 5000",
                new ConnectException("Connection refused"));
        DeliveryFailure failure = DeliveryFailure.of(new MailSendException("Mail server connection failed", connect));
        assertThat(failure.permanent()).isFalse();
        assertThat(failure.error()).isEqualTo(
                "Mail server connection failed: Couldn't connect to host, port: 127.0.0.1, 25; timeout 5000: Connection refused");
    }

    @Test
    void aRefusedOrMalformedAddressIsNot() throws AddressException {
        SendFailedException refused = new SendFailedException("550 5.1.1 Recipient address rejected", null,
                new Address[0], new Address[0], new Address[] {new InternetAddress("x@example.vn")});
        assertThat(DeliveryFailure.of(refused).permanent()).isTrue();
        assertThat(DeliveryFailure.of(new AddressException("Missing final '@domain'")).permanent()).isTrue();
    }

    @Test
    void longErrorsAreCut() {
        DeliveryFailure failure = DeliveryFailure.of(new MessagingException("x".repeat(2000)));
        assertThat(failure.error()).hasSize(500).endsWith("…");
    }
}
