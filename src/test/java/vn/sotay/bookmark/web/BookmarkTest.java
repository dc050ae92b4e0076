package vn.sotay.bookmark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.ApiTokens;
import vn.sotay.account.PasswordChange;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.DocumentStatus;
import vn.sotay.library.LibraryFixture;
import vn.sotay.library.Viewers;
import vn.sotay.support.AppTest;

/** Bookmarks: htmx toggle, newest first, a withdrawn document listed as unavailable without its title. */
@SpringBootTest
@AutoConfigureMockMvc
class BookmarkTest extends AppTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordChange passwords;
    @Autowired
    Clock clock;
    @Autowired
    DocumentManagement management;
    @Autowired
    Viewers viewers;
    @Autowired
    ApiTokens tokens;

    private MockHttpServletRequestBuilder as(AccountPrincipal p, MockHttpServletRequestBuilder request) {
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(p, null,
                AuthorityUtils.createAuthorityList(p.roles())))).with(csrf());
    }

    @Test
    void aWithdrawnBookmarkShowsAsUnavailableAndCanBeRemoved() throws Exception {
        LibraryFixture fixture = new LibraryFixture(jdbc, accounts, passwords, clock, management, viewers);
        fixture.organizations();
        AccountPrincipal office = fixture.member("50000001", "Văn Phòng", LibraryFixture.ORG_A, true, null);
        AccountPrincipal member = fixture.member("50000002", "Đảng Viên Đánh Dấu", LibraryFixture.ORG_X, false, null);
        long kept = fixture.document(office, "Văn bản vẫn còn", null, DocumentStatus.PUBLISHED, "hien-phap.pdf");
        long gone = fixture.document(office, "Văn bản sẽ thu hồi", null, DocumentStatus.PUBLISHED, "luat-bao-chi.docx");

        String fragment = mvc.perform(as(member, post("/bookmarks/" + gone).header("HX-Request", "true"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(fragment).contains("Bỏ đánh dấu", "aria-pressed=\"true\"").doesNotContain("<html");
        String token = tokens.issue(member).value();
        assertThat(mvc.perform(put("/api/v1/me/bookmarks/" + kept).header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(put("/api/v1/me/bookmarks/" + kept).header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).as("idempotent").isEqualTo(204);

        management.withdraw(viewers.of(office), gone);
        String page = mvc.perform(as(member, get("/bookmarks"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Văn bản vẫn còn", "Tài liệu không còn khả dụng").doesNotContain("Văn bản sẽ thu hồi");
        assertThat(page.indexOf("Văn bản vẫn còn")).as("newest first").isLessThan(page.indexOf("Tài liệu không còn khả dụng"));
        String json = mvc.perform(get("/api/v1/me/bookmarks").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains("\"documentId\":" + gone, "\"available\":false").doesNotContain("sẽ thu hồi");

        mvc.perform(as(member, post("/bookmarks/" + gone + "/delete").param("back", "/bookmarks")));
        assertThat(mvc.perform(delete("/api/v1/me/bookmarks/" + kept).header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(as(member, get("/bookmarks"))).andReturn().getResponse().getContentAsString())
                .contains("Chưa có tài liệu nào được đánh dấu");

        mvc.perform(as(member, get("/documents/" + kept)));
        assertThat(mvc.perform(get("/api/v1/me/recent").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getContentAsString()).contains("Văn bản vẫn còn");
    }
}
