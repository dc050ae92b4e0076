package vn.sotay.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.PasswordChange;
import vn.sotay.account.PasswordChangeRequest;
import vn.sotay.account.TestAccounts;
import vn.sotay.support.AppTest;
import vn.sotay.support.MutableClock;
import vn.sotay.support.TestClockConfig;

/** The sign-in pages: CSRF, session fixation, forced password change, security headers, sign-out. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class WebSignInTest extends AppTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordChange passwordChange;
    @Autowired
    MutableClock clock;

    private MockHttpSession signIn(String user, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", user).param("password", password))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    @Test
    void pagesAreDeniedUntilSignedInAndCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tài khoản")))
                .andExpect(content().string(containsString("Mật khẩu")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void thereIsNoDefaultInMemoryUser() {
        assertThat(context.getBeanNamesForType(org.springframework.security.core.userdetails.UserDetailsService.class)).isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void eachFailedWebSignInIsCheckedAndAuditedOnce() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = '31415926'", Long.class);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "31415926").param("password", "Sai@12345"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        long after = jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = '31415926'", Long.class);
        assertThat(after - before).isEqualTo(4);
    }

    @Test
    void aHiddenOrMissingDocumentIsAn404PageInABrowser() throws Exception {
        TestAccounts.memberWithInitialPassword(accounts, clock, "27182818", "Ngô Văn Đọc", "Lần-đầu-2026!");
        long id = accounts.findByUsername("27182818").orElseThrow().getId();
        passwordChange.change(id, new PasswordChangeRequest("Lần-đầu-2026!", "Đọc-sách-2026", "Đọc-sách-2026"), "t", null);
        MockHttpSession session = signIn("27182818", "Đọc-sách-2026");
        mvc.perform(get("/documents/999999").session(session).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML));
    }

    @Test
    void guessingTheOldPasswordIsThrottledLikeSignIn() throws Exception {
        TestAccounts.memberWithInitialPassword(accounts, clock, "16180339", "Trần Đoán", "Lần-đầu-2026!");
        long id = accounts.findByUsername("16180339").orElseThrow().getId();
        passwordChange.change(id, new PasswordChangeRequest("Lần-đầu-2026!", "Đúng-rồi-2026", "Đúng-rồi-2026"), "t", null);
        MockHttpSession session = signIn("16180339", "Đúng-rồi-2026");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/profile/password").session(session).with(csrf()).param("oldPassword", "Đoán-" + i)
                    .param("newPassword", "Mới-toanh-2026").param("confirmPassword", "Mới-toanh-2026")).andExpect(status().is(422));
        }
        mvc.perform(post("/profile/password").session(session).with(csrf()).param("oldPassword", "Đúng-rồi-2026")
                        .param("newPassword", "Mới-toanh-2026").param("confirmPassword", "Mới-toanh-2026"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("nhập sai mật khẩu cũ nhiều lần")));
    }

    /** Refused without signing in; a stale sign-in form (its session ended) is shown again, saying why. */
    @Test
    void signInWithoutTheCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_INITIAL_PASSWORD))
                .andExpect(redirectedUrl("/login?expired"))
                .andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated());
    }

    @Test
    void aOneTimePasswordLeadsOnlyToTheForcedPasswordChange() throws Exception {
        TestAccounts.memberWithInitialPassword(accounts, clock, "11223344", "Đỗ Thị Mới", "Lần-đầu-2026!");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "11223344").param("password", "Lần-đầu-2026!"))
                .andExpect(redirectedUrl("/profile/password")).andReturn();
        assertThat(result.getRequest().getSession().getId()).as("a new session id at sign-in").isNotEqualTo(before);
        assertThat(result.getResponse().getCookie("SOTAY_DEVICE")).isNotNull();
        mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/profile/password"));
        mvc.perform(get("/profile/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"forced-notice\"")));

        mvc.perform(post("/profile/password").session(session).with(csrf()).param("oldPassword", "Lần-đầu-2026!")
                        .param("newPassword", "yeu").param("confirmPassword", "yeu"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Mật khẩu mới phải có ít nhất 8 ký tự.")))
                .andExpect(content().string(containsString("Mật khẩu mới phải có ít nhất 1 chữ hoa.")))
                .andExpect(content().string(containsString("Mật khẩu mới phải có ít nhất 1 chữ số.")))
                .andExpect(content().string(containsString("Mật khẩu mới phải có ít nhất 1 ký tự đặc biệt")));
        mvc.perform(post("/profile/password").session(session).with(csrf()).param("oldPassword", "Lần-đầu-2026!")
                        .param("newPassword", "Vững-vàng-2026").param("confirmPassword", "Vững-vàng-2026"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đỗ Thị Mới")))
                .andExpect(content().string(containsString("11223344")));
    }

    @Test
    void aPasswordChangeElsewhereEndsThisSessionAndSignOutEndsIt() throws Exception {
        TestAccounts.memberWithInitialPassword(accounts, clock, "55667788", "Vũ Văn Hai", "Lần-đầu-2026!");
        long id = accounts.findByUsername("55667788").orElseThrow().getId();
        passwordChange.change(id, new PasswordChangeRequest("Lần-đầu-2026!", "Phiên-một-2026", "Phiên-một-2026"), "t", null);
        MockHttpSession first = signIn("55667788", "Phiên-một-2026");
        mvc.perform(get("/profile").session(first)).andExpect(status().isOk());
        passwordChange.change(id, new PasswordChangeRequest("Phiên-một-2026", "Phiên-hai-2026", "Phiên-hai-2026"), "t", null);
        mvc.perform(get("/profile").session(first)).andExpect(redirectedUrl("/login?changed"));
        mvc.perform(get("/login").param("changed", "")).andExpect(content().string(containsString(
                "Phiên đăng nhập đã kết thúc vì tài khoản vừa có thay đổi (mật khẩu, quyền, tổ chức đảng")));

        MockHttpSession second = signIn("55667788", "Phiên-hai-2026");
        mvc.perform(post("/logout").session(second).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/profile").session(second)).andExpect(status().is3xxRedirection());
    }

    /** A page kept open after sign-out (or expiry) posts a token of the ended session: back to sign-in, saying why. */
    @Test
    void aFormPostedFromAnEndedSessionLeadsToSignInSayingTheSessionEnded() throws Exception {
        MockHttpSession ended = new MockHttpSession();
        mvc.perform(post("/bookmarks/3").session(ended).param("_csrf", "token-of-the-ended-session"))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/bookmarks/3").session(ended)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/bookmarks/3").session(ended).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login?expired"));
        mvc.perform(get("/login").param("expired", "")).andExpect(content().string(containsString(
                "Phiên làm việc đã kết thúc, đồng chí vui lòng đăng nhập lại.")))
                .andExpect(content().string(not(containsString("mật khẩu vừa được thay đổi"))));
    }

    @Test
    void liveHintsComeFromTheServerPolicy() throws Exception {
        TestAccounts.memberWithInitialPassword(accounts, clock, "99887766", "Hoàng Gợi Ý", "Lần-đầu-2026!");
        MockHttpSession session = signIn("99887766", "Lần-đầu-2026!");
        mvc.perform(post("/profile/password/hints").session(session).with(csrf()).param("newPassword", "Mậtkhẩu1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<li data-rule=\"NO_UPPERCASE\" class=\"met\".*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<li data-rule=\"NO_SPECIAL\" class=\"unmet\".*")))
                .andExpect(content().string(containsString("NO_SPECIAL")));
    }

    @Test
    void englishIsTheSecondLocale() throws Exception {
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void adminPagesNeedAnAdmin() throws Exception {
        TestAccounts.memberWithInitialPassword(accounts, clock, "44332211", "Lý Văn Thường", "Lần-đầu-2026!");
        long id = accounts.findByUsername("44332211").orElseThrow().getId();
        AccountPrincipal p = passwordChange.change(id, new PasswordChangeRequest("Lần-đầu-2026!", "Thường-dân-2026", "Thường-dân-2026"), "t", null);
        assertThat(p.roles()).containsExactly(AccountPrincipal.ROLE_MEMBER);
        MockHttpSession session = signIn("44332211", "Thường-dân-2026");
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isForbidden());
    }
}
