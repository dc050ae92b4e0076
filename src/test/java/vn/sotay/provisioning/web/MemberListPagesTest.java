package vn.sotay.provisioning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.support.AppTest;
import vn.sotay.support.TestPrincipals;

/** The list pages render in Vietnamese, escape what units typed, and the typed-list form works. */
@SpringBootTest(properties = "sotay.provisioning.run-jobs=false")
@AutoConfigureMockMvc
class MemberListPagesTest extends AppTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Autowired
    vn.sotay.organization.OrganizationManagement organizations;
    @Autowired
    AccountManagement management;
    @Autowired
    vn.sotay.organization.OrganizationDirectory directory;

    @Test
    void theReportEscapesNamesAndTheRowFormAddsAMember() throws Exception {
        organisations();
        var office = authentication(TestPrincipals.officeAdmin(accounts));
        mvc.perform(get("/admin/member-lists").with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tải lên và kiểm tra")));
        String csv = "Họ và tên,Số thẻ đảng viên\n<script>alert(1)</script>,123\n";
        MvcResult upload = mvc.perform(multipart("/admin/member-lists").file(new MockMultipartFile("file", "x.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).param("organization", "UBDT").with(office).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String page = upload.getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("thiếu số 0 ở đầu")));

        MvcResult created = mvc.perform(post("/admin/member-lists/new").param("organization", "").with(office).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String form = created.getResponse().getRedirectedUrl();
        mvc.perform(get(form).with(office)).andExpect(status().isOk()).andExpect(content().string(containsString("Số thẻ đảng viên")));
        String list = form.replace("/rows/new", "");
        mvc.perform(post(list + "/rows").with(office).with(csrf()).param("fullName", "Mai Văn Gõ").param("cardNumber", "12121212")
                        .param("organizationCode", "KHONG-CO"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(list).with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mai Văn Gõ")))
                .andExpect(content().string(containsString("Mã tổ chức «KHONG-CO» không tồn tại trong hệ thống.")));
    }

    private void organisations() throws Exception {
        if (directory.findByCode("HVDT").isEmpty()) {
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("../shared/corpus/members/organizations.csv"))) {
                organizations.importCsv("organizations.csv", in);
            }
        }
    }

    @Test
    void aChosenButEmptyFileIsSaidToBeEmpty() throws Exception {
        organisations();
        var office = authentication(TestPrincipals.officeAdmin(accounts));
        MvcResult upload = mvc.perform(multipart("/admin/member-lists").file(new MockMultipartFile("file", "danh-sach.csv",
                "text/csv", new byte[0])).param("organization", "UBDT").with(office).with(csrf())).andReturn();
        assertThat(upload.getFlashMap().get("uploadError")).isEqualTo(
                "Tệp đã chọn không có nội dung (0 byte): vui lòng kiểm tra lại tệp ở mục «Tệp danh sách».");
        MvcResult none = mvc.perform(multipart("/admin/member-lists").file(new MockMultipartFile("file", "", "application/octet-stream",
                new byte[0])).with(office).with(csrf())).andReturn();
        assertThat(none.getFlashMap().get("uploadError")).asString().startsWith("Vui lòng chọn tệp danh sách");
    }

    /** The form that adds a row answers like the POST it leads to: another unit's list is missing. */
    @Test
    void theNewRowFormOfAnotherUnitsListIsMissing() throws Exception {
        organisations();
        var office = authentication(TestPrincipals.officeAdmin(accounts));
        String form = mvc.perform(post("/admin/member-lists/new").param("organization", "UBDT").with(office).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        TestPrincipals.member(accounts, "50500001");
        management.grantUnitAdmin((AccountPrincipal) TestPrincipals.officeAdmin(accounts).getPrincipal(), "50500001", "HVDT");
        var a = accounts.findByUsername("50500001").orElseThrow();
        AccountPrincipal hvdt = new AccountPrincipal(a.getId(), a.getUsername(), a.getFullName(), false, false,
                a.getUnitAdminOrganizationId(), a.getOrganizationId(), a.getCredentialsVersion());
        var unitAdmin = authentication(UsernamePasswordAuthenticationToken.authenticated(hvdt, null,
                AuthorityUtils.createAuthorityList(hvdt.roles())));
        mvc.perform(get(form).with(unitAdmin)).andExpect(status().isNotFound());
        mvc.perform(get(form).with(office)).andExpect(status().isOk());
    }
}
