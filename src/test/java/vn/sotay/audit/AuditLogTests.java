package vn.sotay.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.account.Accounts;
import vn.sotay.account.SignIn;
import vn.sotay.account.SignInAttempt;
import vn.sotay.shared.AuditedEvent;
import vn.sotay.support.TestPrincipals;

/** "Nhật ký hệ thống": what is recorded, in which transaction, and who may read it. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:audit-log;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "sotay.data-dir=target/test-data/audit-log"})
@AutoConfigureMockMvc
class AuditLogTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SignIn signIn;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    record Probe(String action, String details) implements AuditedEvent {
    }

    @Test
    void aFailedSignInIsRecordedAndShownWithItsVietnameseLabel() throws Exception {
        signIn.authenticate(new SignInAttempt("admin", "Sai-Mat-Khau-1", "203.0.113.7", null, "web"));
        Map<String, Object> row = jdbc.queryForMap(
                "select actor, client_address, details, occurred_at from audit_event where action = 'SIGN_IN_FAILED'");
        assertThat(row).containsEntry("actor", "admin").containsEntry("client_address", "203.0.113.7");
        assertThat(row.get("occurred_at")).isNotNull();

        Authentication admin = TestPrincipals.officeAdmin(accounts);
        String today = LocalDate.now(AuditSearch.VIETNAM).format(DateTimeFormatter.ISO_LOCAL_DATE);
        mvc.perform(get("/admin/audit").with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhật ký hệ thống")))
                .andExpect(content().string(containsString("<td>Đăng nhập thất bại</td>")))
                .andExpect(content().string(containsString("203.0.113.7")))
                .andExpect(content().string(containsString("<td>Tạo tài khoản quản trị ban đầu</td>")));
        mvc.perform(get("/admin/audit").param("actor", "ADMIN").param("action", "SIGN_IN_FAILED")
                        .param("from", today).param("to", today).with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("203.0.113.7")))
                .andExpect(content().string(not(containsString("data-action=\"INITIAL_ADMIN_CREATED\""))));
        mvc.perform(get("/admin/audit").param("from", "31/02/2025").with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hợp lệ: &quot;31/02/2025&quot;")));
    }

    @Test
    void unknownActionsAreShownAsTheirCode() throws Exception {
        events.publishEvent(new Probe("SOMETHING_NEW", "chi tiết"));
        mvc.perform(get("/admin/audit").param("action", "something_new").with(authentication(TestPrincipals.officeAdmin(accounts))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>SOMETHING_NEW</td>")))
                .andExpect(content().string(containsString("chi tiết")));
        assertThat(jdbc.queryForObject("select actor from audit_event where action = 'SOMETHING_NEW'", String.class))
                .isEqualTo("-");
    }

    @Test
    void longResultsArePagedNewestFirstKeepingTheFilter() throws Exception {
        for (int i = 0; i < 55; i++) {
            events.publishEvent(new Probe("PAGED", "dòng " + i));
        }
        Authentication admin = TestPrincipals.officeAdmin(accounts);
        mvc.perform(get("/admin/audit").param("action", "PAGED").with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td class=\"break-all\">dòng 54</td>")))
                .andExpect(content().string(not(containsString("<td class=\"break-all\">dòng 4</td>"))))
                .andExpect(content().string(containsString("Trang 1/2")))
                .andExpect(content().string(containsString(
                        "href=\"/admin/audit?actor=&amp;action=PAGED&amp;from=&amp;to=&amp;target=&amp;page=1\"")));
        mvc.perform(get("/admin/audit").param("action", "PAGED").param("page", "1").with(authentication(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td class=\"break-all\">dòng 4</td>")))
                .andExpect(content().string(containsString("Trang 2/2")));
    }

    @Test
    void aLineIsPartOfTheCallersTransactionButNotOfAReadOnlyOne() {
        tx.executeWithoutResult(s -> {
            events.publishEvent(new Probe("ROLLED_BACK", null));
            s.setRollbackOnly();
        });
        assertThat(count("ROLLED_BACK")).isZero();

        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(s -> events.publishEvent(new Probe("IN_READ_ONLY", null)));
        assertThat(count("IN_READ_ONLY")).isEqualTo(1);
    }

    @Test
    void theApiIsForOfficeAdminsOnly() throws Exception {
        signIn.authenticate(new SignInAttempt("admin", "Sai-Mat-Khau-2", "198.51.100.4", null, "api"));
        mvc.perform(get("/api/v1/admin/audit").param("action", "SIGN_IN_FAILED")
                        .with(authentication(TestPrincipals.officeAdmin(accounts))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].clientAddress", hasItem("198.51.100.4")))
                .andExpect(jsonPath("$.items[0].action").value("SIGN_IN_FAILED"));
        mvc.perform(get("/api/v1/admin/audit").param("to", "hôm qua")
                        .with(authentication(TestPrincipals.officeAdmin(accounts))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/admin/audit").with(authentication(TestPrincipals.member(accounts, "07654321"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPlainMemberMayNotOpenTheLogOrTheOutbox() throws Exception {
        Authentication member = TestPrincipals.member(accounts, "01234567");
        mvc.perform(get("/admin/audit").with(authentication(member))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").with(authentication(member))).andExpect(status().isForbidden());
    }

    private int count(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action);
    }
}
