package vn.sotay.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.account.Account;
import vn.sotay.account.Accounts;
import vn.sotay.account.PasswordReset;
import vn.sotay.support.FreePort;

/** The outbox against a real SMTP server (GreenMail) that is stopped and started on a fixed port. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:outbox-delivery;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sotay.data-dir=target/test-data/outbox-delivery",
        "sotay.base-url=https://sotay.example.vn",
        "sotay.mail.poll-interval=100ms",
        "sotay.mail.base-backoff=200ms",
        "sotay.mail.max-backoff=400ms",
        "sotay.mail.batch-size=7"})
class OutboxDeliveryTests {

    private static final int SMTP_PORT = FreePort.find();
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMessages messages;
    @Autowired
    OutboxSender sender;
    @Autowired
    PasswordReset passwordReset;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aResetRequestQueuesItsMailInTheSameTransactionAndTheSentBodyIsRedacted() throws Exception {
        tx.executeWithoutResult(s -> {
            Account admin = accounts.findByUsername("admin").orElseThrow();
            admin.setEmail("van.phong@example.vn");
        });
        tx.executeWithoutResult(s -> {
            passwordReset.request("admin", "203.0.113.9");
            assertThat(resetMails()).hasSize(1);
            s.setRollbackOnly();
        });
        assertThat(resetMails()).as("rolled back with the reset token").isEmpty();

        passwordReset.request("admin", "203.0.113.9");
        assertThat(resetMails()).hasSize(1);
        OutboxMessage queued = resetMails().get(0);
        assertThat(queued.isSensitive()).isTrue();
        assertThat(queued.getMessageId()).matches("<[0-9a-f-]{36}@localhost>");

        MimeMessage received = awaitReceived(queued.getMessageId());
        assertThat(received.getSubject()).isEqualTo("Đặt lại mật khẩu Sổ tay đảng viên");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Sổ tay đảng viên");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        String body = (String) received.getContent();
        assertThat(body).startsWith("Kính gửi đồng chí Quản trị hệ thống,")
                .contains("https://sotay.example.vn/reset-password?token=")
                .contains("30 phút")
                .contains("Nếu đồng chí không yêu cầu, hãy bỏ qua thư này");

        await().atMost(DEADLINE).until(() -> reload(queued).getStatus() == OutboxStatus.SENT);
        OutboxMessage sent = reload(queued);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getBody()).isEqualTo("[Nội dung đã được xóa sau khi gửi vì chứa thông tin đăng nhập]");
    }

    @Test
    void queueingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.queue("a@example.vn", "Tiêu đề", "Nội dung", "TEST", false))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void mailQueuedDuringAnOutageArrivesExactlyOnceWhenTheServerIsBack() throws Exception {
        greenMail.stop();
        List<Long> ids = tx.execute(s -> IntStream.range(0, 20)
                .mapToObj(i -> outbox.queue("dang.vien" + i + "@example.vn", "Thông báo số " + i,
                        "Nội dung thông báo " + i, "TEST", false))
                .toList());
        await().atMost(DEADLINE).until(() -> messages.findAllById(ids).stream()
                .allMatch(m -> m.getAttempts() > 0 && m.getStatus() == OutboxStatus.PENDING && m.getLastError() != null));
        assertThat(messages.findAllById(ids)).allMatch(m -> m.getNextAttemptAt().isAfter(m.getCreatedAt()));

        greenMail.start();
        await().atMost(DEADLINE).until(() -> messages.findAllById(ids).stream()
                .allMatch(m -> m.getStatus() == OutboxStatus.SENT));
        sender.poll();
        List<String> messageIds = messages.findAllById(ids).stream().map(OutboxMessage::getMessageId).toList();
        Map<String, Long> received = receivedByMessageId();
        assertThat(messageIds).allSatisfy(id -> assertThat(received.get(id)).as(id).isEqualTo(1L));
        assertThat(messages.findAllById(ids)).allMatch(m -> m.getBody().startsWith("Nội dung thông báo"));
    }

    @Test
    void aClaimLeftByADeadSenderIsDeliveredOnceAndSentMailIsNeverSentAgain() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        long stuck = tx.execute(s -> {
            long id = outbox.queue("bi.thu@example.vn", "Thư bị kẹt", "Nội dung", "TEST", false);
            assertThat(messages.claim(id, longAgo)).isEqualTo(1);
            return id;
        });
        long alreadySent = tx.execute(s -> {
            long id = outbox.queue("pho.bi.thu@example.vn", "Thư đã gửi", "Nội dung", "TEST", false);
            assertThat(messages.claim(id, longAgo)).isEqualTo(1);
            assertThat(messages.markSent(List.of(id), longAgo, longAgo, "-")).isEqualTo(1);
            return id;
        });
        String stuckId = messages.findById(stuck).orElseThrow().getMessageId();
        awaitReceived(stuckId);
        await().atMost(DEADLINE).until(() -> messages.findById(stuck).orElseThrow().getStatus() == OutboxStatus.SENT);

        sender.poll();
        sender.poll();
        Map<String, Long> received = receivedByMessageId();
        assertThat(received.get(stuckId)).isEqualTo(1L);
        assertThat(received).doesNotContainKey(messages.findById(alreadySent).orElseThrow().getMessageId());
    }

    private List<OutboxMessage> resetMails() {
        return messages.findAll().stream().filter(m -> m.getCategory().equals(PasswordResetMail.CATEGORY)).toList();
    }

    private OutboxMessage reload(OutboxMessage message) {
        return messages.findById(message.getId()).orElseThrow();
    }

    private MimeMessage awaitReceived(String messageId) {
        return await().atMost(DEADLINE).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> messageId.equals(messageIdOf(m))).findFirst().orElse(null), m -> m != null);
    }

    private Map<String, Long> receivedByMessageId() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .collect(Collectors.groupingBy(OutboxDeliveryTests::messageIdOf, Collectors.counting()));
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
