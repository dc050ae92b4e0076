package vn.sotay.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.sotay.account.Accounts;
import vn.sotay.support.AppTest;
import vn.sotay.support.TestPrincipals;

/** The accounts page says what it cannot do, on the page. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminAccountPagesTest extends AppTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void anActionOnACardWithoutAnAccountSaysSoOnTheAccountsPage() throws Exception {
        MvcResult r = mvc.perform(post("/admin/accounts/99999999/unit-admin").param("organization", "UBDT")
                .with(authentication(TestPrincipals.officeAdmin(accounts))).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts?q=99999999");
        assertThat(r.getFlashMap().get("failed")).asString()
                .startsWith("Không có tài khoản với số thẻ «99999999» trong phạm vi quản lý của đồng chí.");
    }
}
