package vn.sotay.provisioning.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.SignIn;
import vn.sotay.account.SignInAttempt;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.support.AppTest;

/** The provisioning and account-management API, with roles and subtree limits. */
@SpringBootTest
@AutoConfigureMockMvc
class ProvisioningApiTest extends AppTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountManagement management;
    @Autowired
    OrganizationManagement organizations;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    SignIn signIn;

    private Authentication office;
    private Authentication unit;

    @BeforeEach
    void setUp() throws Exception {
        if (directory.findByCode("DBK").isEmpty()) {
            try (var in = Files.newInputStream(java.nio.file.Path.of("../shared/corpus/members/organizations.csv"))) {
                organizations.importCsv("organizations.csv", in);
            }
        }
        office = auth(accounts.findByUsername("admin").map(a -> new AccountPrincipal(a.getId(), "admin", a.getFullName(),
                false, true, null, null, a.getCredentialsVersion())).orElseThrow());
        if (accounts.findByUsername("91000001").isEmpty()) {
            vn.sotay.account.Account a = new vn.sotay.account.Account("91000001", "Quản Trị Đơn Vị");
            a.setOrganizationId(directory.findByCode("UBDT-VP").orElseThrow().id());
            accounts.saveAndFlush(a);
            management.grantUnitAdmin((AccountPrincipal) office.getPrincipal(), "91000001", "UBDT");
        }
        vn.sotay.account.Account u = accounts.findByUsername("91000001").orElseThrow();
        unit = auth(new AccountPrincipal(u.getId(), "91000001", u.getFullName(), false, false, u.getUnitAdminOrganizationId(),
                null, u.getCredentialsVersion()));
    }

    private static Authentication auth(AccountPrincipal p) {
        return UsernamePasswordAuthenticationToken.authenticated(p, null, AuthorityUtils.createAuthorityList(p.roles()));
    }

    private MockMultipartFile file(String name, String csv) {
        return new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUnitUploadsTheSampleAndSeesEveryRowOutsideItsSubtreeAndCannotSubmit() throws Exception {
        byte[] sample = Files.readAllBytes(java.nio.file.Path.of("../shared/corpus/members/members-sample.csv"));
        String body = mvc.perform(multipart("/api/v1/admin/member-lists").file(new MockMultipartFile("file", "members-sample.csv",
                        "text/csv", sample)).with(authentication(unit)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.rows").value(60))
                .andExpect(jsonPath("$.errors", hasSize(20)))
                .andExpect(jsonPath("$.errors[*].column", everyItem(is("Mã tổ chức"))))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/admin/member-lists/" + id + "/submit").with(authentication(unit)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("HAS_ERRORS"));
    }

    @Test
    void unreadableFilesAndOtherUnitsListsAreRefused() throws Exception {
        mvc.perform(multipart("/api/v1/admin/member-lists").file(new MockMultipartFile("file", "ds.xls", "application/vnd.ms-excel",
                        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2})).with(authentication(unit)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(".xls")));
        String body = mvc.perform(multipart("/api/v1/admin/member-lists").param("organization", "HVDT")
                        .file(file("hv.csv", "Họ và tên,Số thẻ đảng viên,Email\nA,71000001,a1@example.org\n")).with(authentication(office)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/admin/member-lists/" + id).with(authentication(unit))).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/admin/member-lists").param("organization", "HVDT")
                        .file(file("hv.csv", "Họ và tên,Số thẻ đảng viên\nA,71000002\n")).with(authentication(unit)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("OUTSIDE_SUBTREE"));
    }

    @Test
    void theOfficeApprovesTheJobRunsAndMembersAreManaged() throws Exception {
        String body = mvc.perform(multipart("/api/v1/admin/member-lists")
                        .file(file("vp.csv", "Họ và tên,Số thẻ đảng viên,Email,Mã tổ chức\nLương Thị Quản,72000001,quan@example.org,UBDT-VP\n"
                                + "Lương Văn Lý,72000002,ly@example.org,UBDT-VP\n")).with(authentication(unit)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.errors", hasSize(0))).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/admin/member-lists/" + id + "/submit").with(authentication(unit)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/admin/member-lists/" + id + "/approve").with(authentication(unit))).andExpect(status().isForbidden());
        String job = mvc.perform(post("/api/v1/admin/member-lists/" + id + "/approve").with(authentication(office)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        int jobId = JsonPath.read(job, "$.jobId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/v1/admin/jobs/" + jobId).with(authentication(unit)))
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.processed").value(2)).andExpect(jsonPath("$.total").value(2)));

        mvc.perform(get("/api/v1/admin/members").param("q", "LUONG THI").with(authentication(unit)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].username", org.hamcrest.Matchers.contains("72000001")))
                .andExpect(jsonPath("$.content[0].status").value("NOT_ACTIVATED"));
        mvc.perform(post("/api/v1/admin/members/72000002/move").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organization\":\"HVDT-DT\"}").with(authentication(unit)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_ORGANIZATION"));
        mvc.perform(post("/api/v1/admin/members/72000002/move").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organization\":\"UBDT-TH\"}").with(authentication(unit))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/members").param("organization", "UBDT-TH").with(authentication(unit)))
                .andExpect(jsonPath("$.content[*].username", org.hamcrest.Matchers.contains("72000002")));
        mvc.perform(post("/api/v1/admin/members/72000002/disable").with(authentication(unit))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/admin/members").param("status", "DISABLED").with(authentication(unit)))
                .andExpect(jsonPath("$.content[*].username", org.hamcrest.Matchers.contains("72000002")));
        mvc.perform(post("/api/v1/admin/members/72000002/reissue").with(authentication(unit))).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/admin/members/admin/disable").with(authentication(unit))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admin/members/export.xlsx").with(authentication(unit))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.containsString("tinh-hinh-cap-tai-khoan.xlsx")));
    }

    @Test
    void aUnitAdminCannotActOnAnAdminWhoseRoleReachesBeyondItsSubtree() throws Exception {
        vn.sotay.account.Account higher = accounts.findByUsername("95000001").orElseGet(() -> {
            vn.sotay.account.Account a = new vn.sotay.account.Account("95000001", "Cấp Trên");
            a.setOrganizationId(directory.findByCode("UBDT-CS").orElseThrow().id());
            return accounts.saveAndFlush(a);
        });
        management.grantUnitAdmin((AccountPrincipal) office.getPrincipal(), "95000001", "DBK");
        for (String action : new String[] {"disable", "reissue"}) {
            mvc.perform(post("/api/v1/admin/members/95000001/" + action).with(authentication(unit))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/admin/members/95000001/move").contentType(MediaType.APPLICATION_JSON)
                .content("{\"organization\":\"UBDT-VP\"}").with(authentication(unit))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/admin/members/91000001/reissue").with(authentication(unit)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("SELF"));
        org.assertj.core.api.Assertions.assertThat(accounts.findByUsername("95000001").orElseThrow().isEnabled()).isTrue();
        org.assertj.core.api.Assertions.assertThat(higher.getId()).isNotNull();
    }

    @Test
    void plainMembersReachNoneOfIt() throws Exception {
        vn.sotay.account.Account m = accounts.findByUsername("93000001").orElseGet(() -> accounts.saveAndFlush(
                new vn.sotay.account.Account("93000001", "Thành Viên")));
        Authentication member = auth(new AccountPrincipal(m.getId(), "93000001", "Thành Viên", false, false, null, null,
                m.getCredentialsVersion()));
        mvc.perform(get("/api/v1/admin/members").with(authentication(member))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/admin/member-lists").file(file("x.csv", "a")).with(authentication(member)))
                .andExpect(status().isForbidden());
    }
}
