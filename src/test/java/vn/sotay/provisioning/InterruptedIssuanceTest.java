package vn.sotay.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sotay.account.AccountEvents.AccountIssued;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.support.AppTest;

/**
 * A job stopped midway (between chunks, as a killed process leaves it, and inside a chunk, as a crash during a
 * transaction does) completes on restart with exactly one account and one e-mail per member.
 */
@SpringBootTest(properties = {"sotay.provisioning.run-jobs=false", "sotay.provisioning.chunk-size=10",
        "sotay.provisioning.workers=1"})
@Import(InterruptedIssuanceTest.CrashOnce.class)
class InterruptedIssuanceTest extends AppTest {

    /** Fails the transaction of the 5th account of the restart once, as a crash in the middle of a chunk would. */
    @TestConfiguration
    static class CrashOnce {
        static final AtomicInteger ISSUED = new AtomicInteger();
        static volatile boolean armed;

        @Bean
        Crasher crasher() {
            return new Crasher();
        }
    }

    static class Crasher {
        @EventListener
        public void on(AccountIssued event) {
            if (CrashOnce.armed && CrashOnce.ISSUED.incrementAndGet() == 5) {
                CrashOnce.armed = false;
                throw new IllegalStateException("simulated crash in the middle of a chunk");
            }
        }
    }

    @Autowired
    MemberListService service;
    @Autowired
    IssuanceRunner runner;
    @Autowired
    OrganizationManagement organizations;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    AccountManagement management;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKilledJobResumesWithoutDuplicatesOrLostMail() throws Exception {
        ProvisioningFixture.importTree(organizations, directory);
        AccountPrincipal office = ProvisioningFixture.office(accounts);
        StringBuilder csv = new StringBuilder("Họ và tên,Số thẻ đảng viên,Email,Mã tổ chức\n");
        for (int i = 1; i <= 35; i++) {
            csv.append("Đảng viên Thứ ").append(i).append(',').append(80000000 + i).append(",dv").append(i)
                    .append("@example.org,UBDT-TC\n");
        }
        long list = service.upload(office, "35.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .list().getId();
        service.submit(office, list);
        long job = service.approve(office, list);

        assertThat(runner.runToEnd(job, 2)).as("stopped after two chunks, as a killed process").isFalse();
        assertThat(issuedAccounts()).isEqualTo(20);
        assertThat(queuedMails()).isEqualTo(20);
        assertThat(service.job(office, job).getStatus()).isEqualTo(IssuanceJob.Status.RUNNING);

        CrashOnce.ISSUED.set(0);
        CrashOnce.armed = true;
        assertThat(runner.runToEnd(job, Integer.MAX_VALUE)).as("the restart completes the job").isTrue();
        assertThat(CrashOnce.armed).as("a chunk did crash midway and was retried").isFalse();
        assertThat(service.job(office, job).getStatus()).isEqualTo(IssuanceJob.Status.DONE);
        assertThat(issuedAccounts()).isEqualTo(35);
        assertThat(queuedMails()).isEqualTo(35);
        assertThat(jdbc.queryForObject("select count(distinct recipient) from outbox_message where category = 'ACCOUNT_ISSUED'",
                Long.class)).isEqualTo(35);

        runner.runToEnd(job, Integer.MAX_VALUE);
        assertThat(issuedAccounts()).isEqualTo(35);
        assertThat(queuedMails()).isEqualTo(35);
    }

    private long issuedAccounts() {
        return jdbc.queryForObject("select count(*) from account where username like '8000%'", Long.class);
    }

    private long queuedMails() {
        return jdbc.queryForObject("select count(*) from outbox_message where category = 'ACCOUNT_ISSUED'", Long.class);
    }
}
