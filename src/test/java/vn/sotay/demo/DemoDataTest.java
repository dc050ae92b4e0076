package vn.sotay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.SignIn;
import vn.sotay.account.SignInAttempt;
import vn.sotay.account.SignInResult;
import vn.sotay.support.AppTest;

/** The demo switch loads the whole corpus once, and its members sign in with the documented demo password. */
@SpringBootTest(properties = "sotay.demo=true")
class DemoDataTest extends AppTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    Accounts accounts;
    @Autowired
    DemoData demo;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void aLivingLibraryAtFirstStartAndNothingTwice() throws Exception {
        assertThat(count("select count(*) from organization")).isEqualTo(11);
        assertThat(count("select count(*) from account where username <> 'admin'")).isEqualTo(60);
        assertThat(count("select count(*) from document")).isEqualTo(109);
        assertThat(count("select count(*) from news_article")).isEqualTo(1);

        SignInResult member = signIn.authenticate(new SignInAttempt("00594822", DemoData.PASSWORD, "192.0.2.5", null, "t"));
        assertThat(member.succeeded()).isTrue();
        assertThat(member.principal().mustChangePassword()).isFalse();
        AccountPrincipal unit = signIn.authenticate(new SignInAttempt(DemoData.UNIT_ADMIN, DemoData.PASSWORD, "192.0.2.5", null, "t"))
                .principal();
        assertThat(unit.roles()).contains(AccountPrincipal.ROLE_UNIT_ADMIN);

        ApplicationArguments none = new DefaultApplicationArguments();
        demo.run(none);
        assertThat(count("select count(*) from account where username <> 'admin'")).isEqualTo(60);
        assertThat(count("select count(*) from document")).isEqualTo(109);
        assertThat(count("select count(*) from news_article")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select title from news_article", String.class))
                .isEqualTo("(Sổ tay đảng viên): Hướng dẫn đăng nhập và thay đổi mật khẩu trên web");
    }
}
