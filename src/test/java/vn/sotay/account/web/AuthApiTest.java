package vn.sotay.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.sotay.account.Account;
import vn.sotay.account.AccountEvents.PasswordResetRequested;
import vn.sotay.account.Accounts;
import vn.sotay.account.TestAccounts;
import vn.sotay.support.AppTest;
import vn.sotay.support.MutableClock;
import vn.sotay.support.TestClockConfig;

/** The mobile API of sign-in: tokens, the forced password change, revocation and reset. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(TestClockConfig.class)
class AuthApiTest extends AppTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    private String login(String user, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
                        .with(r -> { r.setRemoteAddr("10.9.9." + (user.hashCode() & 0x7f)); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.accessToken");
    }

    private MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private String changeFirstPassword(String token, String oldPassword, String newPassword) throws Exception {
        mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"oldPassword\":\"" + oldPassword + "\",\"newPassword\":\"" + newPassword
                                + "\",\"confirmPassword\":\"" + newPassword + "\"}"))
                .andExpect(status().isNoContent());
        return newPassword;
    }

    @Test
    void aOneTimeTokenCanOnlyChangeThePasswordAndThenBecomesAFullToken() throws Exception {
        String token = login("admin", ADMIN_INITIAL_PASSWORD);
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isForbidden());

        mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"oldPassword\":\"" + ADMIN_INITIAL_PASSWORD + "\",\"newPassword\":\"abc\",\"confirmPassword\":\"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", containsInAnyOrder("TOO_SHORT", "NO_UPPERCASE", "NO_DIGIT", "NO_SPECIAL")))
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message").value("Mật khẩu mới phải có ít nhất 8 ký tự."));

        changeFirstPassword(token, ADMIN_INITIAL_PASSWORD, "Quản-trị-2026");
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"))
                .andExpect(jsonPath("$.mustChangePassword").value(false))
                .andExpect(jsonPath("$.roles", containsInAnyOrder("MEMBER", "OFFICE_ADMIN")));

        String second = login("admin", "Quản-trị-2026");
        mvc.perform(bearer(post("/api/v1/me/password"), second).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"oldPassword\":\"Quản-trị-2026\",\"newPassword\":\"Quản-trị-2027\",\"confirmPassword\":\"Quản-trị-2027\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/me"), second)).andExpect(status().isOk());

        mvc.perform(bearer(post("/api/v1/auth/logout"), second)).andExpect(status().isNoContent());
        mvc.perform(bearer(get("/api/v1/me"), second)).andExpect(status().isUnauthorized());
    }

    @Test
    void refusalsAreGenericAndThrottlingAnswers429() throws Exception {
        String unknown = "{\"username\":\"12345678\",\"password\":\"Sai@12345\"}";
        String first = null;
        for (int i = 0; i < 5; i++) {
            String body = mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(unknown))
                    .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
            first = first == null ? body : first;
            assertThat(body).isEqualTo(first);
        }
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(unknown))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/me"), "khong-phai-ma-that-khong-phai-ma-that")).andExpect(status().isUnauthorized());
    }

    @Test
    void expiredTokensAreRefused() throws Exception {
        TestAccounts.memberWithInitialPassword(accounts, clock, "13572468", "Phạm Văn Hạn", "Một-lần-2026!");
        String token = login("13572468", "Một-lần-2026!");
        clock.advance(Duration.ofDays(8));
        mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aResetLinkWorksOnceBeforeItExpiresAndEndsEveryToken() throws Exception {
        Account member = new Account("02468024", "Lê Thị Quên");
        member.setEmail("le.thi.quen@example.org");
        accounts.saveAndFlush(member);
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"99999998\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"02468024\"}"))
                .andExpect(status().isAccepted());
        assertThat(events.stream(PasswordResetRequested.class)).hasSize(1);
        String link = events.stream(PasswordResetRequested.class).findFirst().orElseThrow().link();
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(get("/reset-password").param("token", token)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"reset-form\"")));
        mvc.perform(post("/reset-password").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("token", token).param("newPassword", "weak").param("confirmPassword", "weak"))
                .andExpect(status().is(422));
        mvc.perform(post("/reset-password").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("token", token).param("newPassword", "Nhớ-lại-2026").param("confirmPassword", "Nhớ-lại-2026"))
                .andExpect(status().is3xxRedirection());
        login("02468024", "Nhớ-lại-2026");
        mvc.perform(post("/reset-password").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("token", token).param("newPassword", "Lần-hai-2026").param("confirmPassword", "Lần-hai-2026"))
                .andExpect(status().isGone());

        clock.advance(Duration.ofMinutes(3));
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"02468024\"}"))
                .andExpect(status().isAccepted());
        String link2 = events.stream(PasswordResetRequested.class).reduce((a, b) -> b).orElseThrow().link();
        clock.advance(Duration.ofMinutes(31));
        mvc.perform(get("/reset-password").param("token", link2.substring(link2.indexOf("token=") + 6)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"reset-invalid\"")));
    }
}
