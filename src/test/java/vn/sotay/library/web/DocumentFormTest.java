package vn.sotay.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.ApiTokens;
import vn.sotay.library.LibraryFixture;
import vn.sotay.support.AppTest;

/** The editor's form and its API twin: dates read strictly and refused naming the field. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentFormTest extends AppTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    AccountPrincipal office;

    @BeforeAll
    void editor() {
        office = LibraryFixture.of(context).officeAdmin("40700001");
    }

    private MockHttpServletRequestBuilder asOffice(MockHttpServletRequestBuilder request) {
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(office, null,
                AuthorityUtils.createAuthorityList(office.roles())))).with(csrf());
    }

    private MvcResult submit(String issuedOn) throws Exception {
        return mvc.perform(asOffice(post("/admin/documents").param("title", "Nghị quyết về công tác cán bộ")
                .param("type", "Nghị quyết").param("scope", "ALL").param("issuedOn", issuedOn))).andReturn();
    }

    @Test
    void anImpossibleDateIsRefusedNamingTheFieldNotMovedToTheEndOfTheMonth() throws Exception {
        for (String impossible : List.of("31/02/2020", "2020-02-31", "30/2/2021")) {
            MvcResult r = submit(impossible);
            assertThat(r.getResponse().getStatus()).as(impossible).isEqualTo(422);
            assertThat(r.getResponse().getContentAsString()).contains("id=\"issuedOn-errors\"",
                    "Ngày ban hành &quot;" + impossible + "&quot; không phải là một ngày có thật",
                    "(mục &quot;Ngày ban hành&quot;)");
        }
        MvcResult leap = submit("29/02/2020");
        assertThat(leap.getResponse().getStatus()).isEqualTo(302);
        long id = Long.parseLong(leap.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(jdbc.queryForObject("select issued_on from document where id = ?", String.class, id)).isEqualTo("2020-02-29");

        MvcResult api = mvc.perform(put("/api/v1/admin/documents/" + id).header("Authorization", "Bearer " + tokens.issue(office).value())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"Nghị quyết","type":"Nghị quyết","issuedOn":"2020-02-31","visibility":{"scope":"ALL"}}""")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.getResponse().getContentAsString()).contains("\"field\":\"issuedOn\"", "\"code\":\"DATE_INVALID\"",
                "Trường \\\"issuedOn\\\": \\\"2020-02-31\\\" không phải là một ngày có thật");
    }

    /** "Read from the file" is said only when there was a file to read. */
    @Test
    void aDocumentSavedWithoutAFileDoesNotClaimItsDetailsWereReadFromOne() throws Exception {
        MvcResult r = submit("05/09/2023");
        assertThat(r.getFlashMap().get("done")).isEqualTo("library.editor.createdWithoutFiles");
        String page = mvc.perform(asOffice(get(r.getResponse().getRedirectedUrl())).flashAttr("done", "library.editor.createdWithoutFiles"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã lưu tài liệu (chưa có tệp đính kèm)").doesNotContain("được đọc từ tệp");
    }
}
