package vn.sotay.news.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.ApiTokens;
import vn.sotay.account.PasswordChange;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.LibraryFixture;
import vn.sotay.library.Viewers;
import vn.sotay.news.ArticleInput;
import vn.sotay.news.News;
import vn.sotay.news.NewsKind;
import vn.sotay.support.AppTest;

/** "Tin tức" and "Thông báo": the seed's article with view counter and print view; access for every role. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsTest extends AppTest {

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
    @Autowired
    News news;

    AccountPrincipal member;
    AccountPrincipal unit;
    AccountPrincipal office;
    long seed;
    long future;

    @BeforeAll
    void data() throws Exception {
        LibraryFixture fixture = new LibraryFixture(jdbc, accounts, passwords, clock, management, viewers);
        fixture.organizations();
        member = fixture.member("40000001", "Đảng Viên Đọc Tin", LibraryFixture.ORG_X, false, null);
        unit = fixture.member("40000002", "Bí Thư Chi Bộ", LibraryFixture.ORG_X, false, LibraryFixture.ORG_X);
        office = fixture.member("40000003", "Văn Phòng Tin", LibraryFixture.ORG_A, true, null);
        String text = Files.readString(Path.of("..", "shared", "seed", "000_d7fdd13d1986d7ad.txt"));
        String title = text.lines().findFirst().orElseThrow();
        String body = text.substring(text.indexOf("Lễ khai trương"));
        seed = news.create(office, new ArticleInput(NewsKind.NEWS, title, null, body, LocalDateTime.of(2023, 11, 22, 8, 20)));
        future = news.create(office, new ArticleInput(NewsKind.NOTICE, "Thông báo sắp đăng", "Tóm tắt", "Nội dung",
                LocalDateTime.now().plusDays(3)));
    }

    private MockHttpServletRequestBuilder as(AccountPrincipal p, MockHttpServletRequestBuilder request) {
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(p, null,
                AuthorityUtils.createAuthorityList(p.roles())))).with(csrf());
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void membersReadTheArticleWithViewCounterAndPrintView() throws Exception {
        MvcResult page = mvc.perform(as(member, get("/news/" + seed))).andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("(Sổ tay đảng viên): Hướng dẫn đăng nhập và thay đổi mật khẩu trên web",
                "08:20 22/11/2023", "Lượt xem", "In bài viết", "<p>Giống như một thư viện thu nhỏ");
        long views = jdbc.queryForObject("select view_count from news_article where id = ?", Long.class, seed);
        mvc.perform(as(member, get("/news/" + seed)));
        assertThat(jdbc.queryForObject("select view_count from news_article where id = ?", Long.class, seed)).isEqualTo(views + 1);
        assertThat(mvc.perform(as(member, get("/news/" + seed + "/print"))).andReturn().getResponse().getContentAsString())
                .contains("In trang này", "data-print");
        assertThat(mvc.perform(as(member, get("/news"))).andReturn().getResponse().getContentAsString())
                .contains("Hướng dẫn đăng nhập").doesNotContain("Thông báo sắp đăng");
        assertThat(mvc.perform(as(member, get("/"))).andReturn().getResponse().getContentAsString()).contains("Hướng dẫn đăng nhập");
    }

    @Test
    void unpublishedArticlesAreMissingForMembersAndVisibleToTheOffice() throws Exception {
        for (AccountPrincipal reader : new AccountPrincipal[] {member, unit}) {
            String hidden = mvc.perform(as(reader, get("/news/" + future))).andReturn().getResponse().getContentAsString();
            String missing = mvc.perform(as(reader, get("/news/99999999"))).andReturn().getResponse().getContentAsString();
            assertThat(status(as(reader, get("/news/" + future)))).isEqualTo(404);
            assertThat(hidden.replaceAll("content=\"[^\"]*\"", "")).isEqualTo(missing.replaceAll("content=\"[^\"]*\"", ""));
            assertThat(status(as(reader, get("/news/" + future + "/print")))).isEqualTo(404);
        }
        assertThat(status(as(office, get("/news/" + future)))).isEqualTo(200);
        String token = tokens.issue(member).value();
        assertThat(status(get("/api/v1/news/" + future).header("Authorization", "Bearer " + token))).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/news").header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getContentAsString()).contains("\"id\":" + seed).doesNotContain("\"id\":" + future + ",");
        assertThat(status(get("/api/v1/news/" + seed))).isEqualTo(401);
        assertThat(status(get("/news/" + seed))).isEqualTo(302);
    }

    @Test
    void onlyTheOfficeWritesArticlesWithVietnameseMessages() throws Exception {
        assertThat(status(as(member, get("/admin/news/new")))).isEqualTo(403);
        assertThat(status(as(unit, post("/admin/news").param("title", "X").param("body", "Y")))).isEqualTo(403);
        MvcResult bad = mvc.perform(as(office, post("/admin/news").param("title", " ").param("body", ""))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString()).contains("Vui lòng nhập tiêu đề", "Vui lòng nhập nội dung bài viết");
        MvcResult ok = mvc.perform(as(office, post("/admin/news").param("kind", "NOTICE").param("title", "Thông báo họp chi bộ")
                .param("body", "Đoạn một.\n\nĐoạn <b>hai</b>.<script>alert(1)</script>").param("publishedAt", "2024-01-02T07:30"))).andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        String page = mvc.perform(as(member, get(ok.getResponse().getRedirectedUrl()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thông báo họp chi bộ", "07:30 02/01/2024", "<p>Đoạn một.</p><p>Đoạn <b>hai</b>.</p>")
                .doesNotContain("alert(1)");
    }

    /** The publication time is read strictly, from the date-time field or typed as day/month/year hour:minute. */
    @Test
    void anImpossiblePublicationTimeIsRefusedNamingTheField() throws Exception {
        for (String impossible : List.of("2020-02-31T10:00", "31/02/2020 10:00")) {
            MvcResult bad = mvc.perform(as(office, post("/admin/news").param("title", "Lịch sinh hoạt")
                    .param("body", "Nội dung.").param("publishedAt", impossible))).andReturn();
            assertThat(bad.getResponse().getStatus()).as(impossible).isEqualTo(422);
            assertThat(bad.getResponse().getContentAsString()).contains("Thời gian đăng &quot;" + impossible
                    + "&quot; không phải là một thời điểm có thật", "(mục &quot;Thời gian đăng&quot;)");
        }
        MvcResult typed = mvc.perform(as(office, post("/admin/news").param("title", "Lịch sinh hoạt")
                .param("body", "Nội dung.").param("publishedAt", "29/02/2024 08:30"))).andReturn();
        assertThat(typed.getResponse().getStatus()).isEqualTo(302);
    }
}
