package vn.sotay.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.library.LibraryFixture;
import vn.sotay.support.AppTest;
import vn.sotay.support.TestPrincipals;

/** The accounts page: says what it cannot do on the page; the office issues one account directly. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminAccountPagesTest extends AppTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anActionOnACardWithoutAnAccountSaysSoOnTheAccountsPage() throws Exception {
        MvcResult r = mvc.perform(post("/admin/accounts/99999999/unit-admin").param("organization", "UBDT")
                .with(authentication(TestPrincipals.officeAdmin(accounts))).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts?q=99999999");
        assertThat(r.getFlashMap().get("failed")).asString()
                .startsWith("Không có tài khoản với số thẻ «99999999» trong phạm vi quản lý của đồng chí.");
    }

    /** On a fresh system the office names its first unit admin: one account issued directly, then "Quản trị đơn vị". */
    @Test
    void theOfficeIssuesOneAccountDirectlyAndMakesItAUnitAdmin() throws Exception {
        LibraryFixture fixture = LibraryFixture.of(context);
        fixture.organizations();
        var office = authentication(TestPrincipals.officeAdmin(accounts));
        assertThat(mvc.perform(get("/admin/accounts").with(office)).andReturn().getResponse().getContentAsString())
                .contains("id=\"issue-one\"");
        assertThat(mvc.perform(get("/admin/accounts/new").with(office)).andReturn().getResponse().getStatus()).isEqualTo(200);
        AccountPrincipal unit = fixture.member("60600009", "Quản Trị Chi Bộ Y", LibraryFixture.ORG_Y, false, LibraryFixture.ORG_Y);
        assertThat(mvc.perform(get("/admin/accounts/new").with(authentication(UsernamePasswordAuthenticationToken
                .authenticated(unit, null, AuthorityUtils.createAuthorityList(unit.roles()))))).andReturn().getResponse()
                .getStatus()).as("office admins only").isEqualTo(403);

        MvcResult bad = mvc.perform(post("/admin/accounts/new").with(office).with(csrf()).param("fullName", "Trần Văn Đầu")
                .param("cardNumber", "60600001").param("email", "khong-phai-email").param("gender", "X")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString()).contains("id=\"organizationCode-errors\"", "Thiếu mã tổ chức.",
                "id=\"email-errors\"", "id=\"gender-errors\"", "value=\"Trần Văn Đầu\"");
        assertThat(accounts.findByUsername("60600001")).isEmpty();

        MvcResult ok = mvc.perform(post("/admin/accounts/new").with(office).with(csrf()).param("fullName", "Trần Văn Đầu")
                .param("cardNumber", "60600001").param("email", "tran.van.dau@example.org").param("organizationCode", "cbx"))
                .andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts?q=60600001");
        assertThat(ok.getFlashMap().get("done")).isEqualTo("admin.accounts.issued");
        var issued = accounts.findByUsername("60600001").orElseThrow();
        assertThat(issued.getOrganizationId()).isEqualTo(LibraryFixture.ORG_X);
        assertThat(issued.isMustChangePassword()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class,
                "tran.van.dau@example.org")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_ISSUED' and target = ?",
                Integer.class, "60600001")).isEqualTo(1);

        MvcResult grant = mvc.perform(post("/admin/accounts/60600001/unit-admin").param("organization", "CBX")
                .with(office).with(csrf())).andReturn();
        assertThat(grant.getFlashMap().get("done")).isEqualTo("admin.accounts.granted");
    }
}
