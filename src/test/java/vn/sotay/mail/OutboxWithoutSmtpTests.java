package vn.sotay.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.account.Accounts;
import vn.sotay.support.TestPrincipals;

/** Without an SMTP server mail waits in "Hộp thư đi", where the office can read it and hand it over. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:outbox-no-smtp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sotay.data-dir=target/test-data/outbox-no-smtp",
        "sotay.mail.poll-interval=100ms"})
@AutoConfigureMockMvc
class OutboxWithoutSmtpTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMessages messages;
    @Autowired
    OutboxAdministration administration;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mailStaysPendingAndTheOfficeCanReadIt() throws Exception {
        long plain = queue("chi.bo@example.vn", "Thông báo họp chi bộ", "Kính gửi các đồng chí,\nHọp lúc 14 giờ.", false);
        long secret = queue("dang.vien@example.vn", "Khởi tạo tài khoản", "Mật khẩu: Ab1!xyzQ", true);
        assertThat(administration.smtpConfigured()).isFalse();
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
                .until(() -> messages.findAllById(List.of(plain, secret)).stream()
                        .allMatch(m -> m.getStatus() == OutboxStatus.PENDING && m.getAttempts() == 0));

        Authentication admin = TestPrincipals.officeAdmin(accounts);
        mvc.perform(get("/admin/outbox").with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hộp thư đi")))
                .andExpect(content().string(containsString("Chưa cấu hình máy chủ gửi thư (SMTP)")))
                .andExpect(content().string(containsString("Thông báo họp chi bộ")))
                .andExpect(content().string(containsString("dang.vien@example.vn")))
                .andExpect(content().string(containsString("Đang chờ gửi")))
                .andExpect(content().string(not(containsString("Ab1!xyzQ"))));

        mvc.perform(get("/admin/outbox/{id}", plain).with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Họp lúc 14 giờ.")));
        assertThat(auditCount("MAIL_SENSITIVE_READ")).isZero();

        mvc.perform(get("/admin/outbox/{id}", secret).with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu: Ab1!xyzQ")));
        assertThat(jdbc.queryForMap("select actor, target, client_address from audit_event where action = 'MAIL_SENSITIVE_READ'"))
                .containsEntry("actor", "admin")
                .containsEntry("target", "dang.vien@example.vn")
                .containsEntry("client_address", "127.0.0.1");

        mvc.perform(get("/admin/outbox/{id}", 999_999).with(authentication(admin))).andExpect(status().isNotFound());
    }

    @Test
    void aFailedMessageCanBeSentAgain() throws Exception {
        long id = queue("to.chuc@example.vn", "Thư không gửi được", "Nội dung", false);
        Instant claimedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        tx.executeWithoutResult(s -> {
            messages.claim(id, claimedAt);
            messages.markAttemptFailed(id, claimedAt, OutboxStatus.FAILED, claimedAt, "550 Mailbox unavailable");
        });
        Authentication admin = TestPrincipals.officeAdmin(accounts);
        mvc.perform(get("/admin/outbox").param("status", "FAILED").with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thư không gửi được")))
                .andExpect(content().string(containsString("550 Mailbox unavailable")))
                .andExpect(content().string(containsString("Gửi lại")))
                .andExpect(content().string(not(containsString("Thông báo họp chi bộ"))));

        mvc.perform(post("/admin/outbox/{id}/retry", id).with(authentication(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox/" + id));
        OutboxMessage retried = messages.findById(id).orElseThrow();
        assertThat(retried.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.getAttempts()).isZero();
        assertThat(auditCount("MAIL_RETRIED")).isEqualTo(1);

        mvc.perform(post("/admin/outbox/{id}/retry", id).with(authentication(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox/" + id));
        assertThat(auditCount("MAIL_RETRIED")).as("a pending message is not retried").isEqualTo(1);
    }

    @Test
    void aPlainMemberMayNotOpenTheOutbox() throws Exception {
        Authentication member = TestPrincipals.member(accounts, "01234567");
        mvc.perform(get("/admin/outbox").with(authentication(member))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/1/retry").with(authentication(member)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private long queue(String to, String subject, String body, boolean sensitive) {
        return tx.execute(s -> outbox.queue(to, subject, body, "TEST", sensitive));
    }

    private int auditCount(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action);
    }
}
