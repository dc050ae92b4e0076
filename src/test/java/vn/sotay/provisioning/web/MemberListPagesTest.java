package vn.sotay.provisioning.web;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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

    @Test
    void theReportEscapesNamesAndTheRowFormAddsAMember() throws Exception {
        if (accounts.count() > 0) {
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("../shared/corpus/members/organizations.csv"))) {
                organizations.importCsv("organizations.csv", in);
            }
        }
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
}
