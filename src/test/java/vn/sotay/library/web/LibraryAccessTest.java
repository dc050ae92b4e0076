package vn.sotay.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.ApiTokens;
import vn.sotay.account.PasswordChange;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.DocumentMetadata;
import vn.sotay.library.DocumentStatus;
import vn.sotay.library.LibraryEvents.AccessRefused;
import vn.sotay.library.LibraryFixture;
import vn.sotay.library.Viewers;
import vn.sotay.library.Visibility;
import vn.sotay.support.AppTest;

/**
 * The access matrix of the library, UI and API: anonymous, member of the organisation, member outside it, unit
 * admin inside and outside, office admin × published, draft, withdrawn and internal documents × every document,
 * file, preview and bookmark route. What may not be seen answers exactly like what does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryAccessTest extends AppTest {

    enum Actor { MEMBER_IN, MEMBER_OUT, UNIT_IN, UNIT_OUT, OFFICE }

    enum Doc { PUBLISHED_ALL, DRAFT_ALL, WITHDRAWN_ALL, INTERNAL_X, DRAFT_X, WITHDRAWN_X, INTERNAL_B }

    static final long MISSING = 987_654_321L;

    /** What each actor may open (page, files, preview, bookmark). */
    static final Map<Actor, Set<Doc>> MAY_OPEN = Map.of(
            Actor.MEMBER_IN, Set.of(Doc.PUBLISHED_ALL, Doc.INTERNAL_X, Doc.INTERNAL_B),
            Actor.MEMBER_OUT, Set.of(Doc.PUBLISHED_ALL, Doc.INTERNAL_B),
            Actor.UNIT_IN, Set.of(Doc.PUBLISHED_ALL, Doc.INTERNAL_X, Doc.INTERNAL_B, Doc.DRAFT_X, Doc.WITHDRAWN_X),
            Actor.UNIT_OUT, Set.of(Doc.PUBLISHED_ALL, Doc.INTERNAL_B),
            Actor.OFFICE, Set.of(Doc.values()));

    /** What each actor may edit. */
    static final Map<Actor, Set<Doc>> MAY_EDIT = Map.of(
            Actor.UNIT_IN, Set.of(Doc.INTERNAL_X, Doc.DRAFT_X, Doc.WITHDRAWN_X),
            Actor.UNIT_OUT, Set.of(),
            Actor.OFFICE, Set.of(Doc.values()));

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
    ApplicationEvents events;

    final Map<Actor, AccountPrincipal> principals = new EnumMap<>(Actor.class);
    final Map<Actor, String> bearer = new EnumMap<>(Actor.class);
    final Map<Doc, Long> ids = new EnumMap<>(Doc.class);
    final Map<Doc, Long> files = new EnumMap<>(Doc.class);
    LibraryFixture fixture;

    @BeforeAll
    void data() {
        fixture = new LibraryFixture(jdbc, accounts, passwords, clock, management, viewers);
        fixture.organizations();
        principals.put(Actor.MEMBER_IN, fixture.member("10000001", "Nguyễn Văn Trong", LibraryFixture.ORG_X, false, null));
        principals.put(Actor.MEMBER_OUT, fixture.member("10000002", "Trần Thị Ngoài", LibraryFixture.ORG_Y, false, null));
        principals.put(Actor.UNIT_IN, fixture.member("10000003", "Lê Văn Bí Thư", LibraryFixture.ORG_X, false, LibraryFixture.ORG_X));
        principals.put(Actor.UNIT_OUT, fixture.member("10000004", "Phạm Thị Khác", LibraryFixture.ORG_Y, false, LibraryFixture.ORG_Y));
        principals.put(Actor.OFFICE, fixture.member("10000005", "Hoàng Văn Phòng", LibraryFixture.ORG_A, true, null));
        principals.forEach((a, p) -> bearer.put(a, tokens.issue(p).value()));
        AccountPrincipal office = principals.get(Actor.OFFICE);
        AccountPrincipal unit = principals.get(Actor.UNIT_IN);
        ids.put(Doc.PUBLISHED_ALL, fixture.document(office, "Nghị quyết công khai", null, DocumentStatus.PUBLISHED, "hien-phap.pdf"));
        ids.put(Doc.DRAFT_ALL, fixture.document(office, "Dự thảo bí mật chung", null, DocumentStatus.DRAFT, "luat-bao-chi.docx"));
        ids.put(Doc.WITHDRAWN_ALL, fixture.document(office, "Văn bản đã thu hồi", null, DocumentStatus.WITHDRAWN, "luat-giao-duc.pdf"));
        ids.put(Doc.INTERNAL_X, fixture.document(unit, "Tài liệu nội bộ chi bộ X", "CBX", DocumentStatus.PUBLISHED, "luat-thanh-nien.docx"));
        ids.put(Doc.DRAFT_X, fixture.document(unit, "Dự thảo chi bộ X", "CBX", DocumentStatus.DRAFT, "luat-cong-doan.docx"));
        ids.put(Doc.WITHDRAWN_X, fixture.document(unit, "Thu hồi chi bộ X", "CBX", DocumentStatus.WITHDRAWN, "luat-bao-chi.docx"));
        ids.put(Doc.INTERNAL_B, fixture.document(office, "Tài liệu nội bộ đảng bộ B", "DBB", DocumentStatus.PUBLISHED, "luat-khieu-nai-to-cao.pdf"));
        ids.forEach((d, id) -> files.put(d, fixture.firstFileId(id)));
    }

    private MockHttpServletRequestBuilder as(Actor actor, MockHttpServletRequestBuilder request) {
        AccountPrincipal p = principals.get(actor);
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(p, null,
                AuthorityUtils.createAuthorityList(p.roles())))).with(csrf());
    }

    private MockHttpServletRequestBuilder api(Actor actor, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + bearer.get(actor));
    }

    /** The page and file routes of a document; "{f}" is the id of one of its files. */
    private static Map<String, MockHttpServletRequestBuilder> uiRoutes(long id, long file) {
        Map<String, MockHttpServletRequestBuilder> routes = new LinkedHashMap<>();
        routes.put("page", get("/documents/" + id));
        routes.put("print", get("/documents/" + id + "/print"));
        routes.put("download", get("/documents/" + id + "/files/" + file));
        routes.put("inline", get("/documents/" + id + "/files/" + file).param("disposition", "inline"));
        routes.put("view", get("/documents/" + id + "/files/" + file + "/view"));
        routes.put("bookmark", post("/bookmarks/" + id));
        return routes;
    }

    private static Map<String, MockHttpServletRequestBuilder> apiRoutes(long id, long file) {
        Map<String, MockHttpServletRequestBuilder> routes = new LinkedHashMap<>();
        routes.put("document", get("/api/v1/documents/" + id));
        routes.put("file", get("/api/v1/documents/" + id + "/files/" + file));
        routes.put("inline", get("/api/v1/documents/" + id + "/files/" + file).param("disposition", "inline"));
        routes.put("bookmark", put("/api/v1/me/bookmarks/" + id));
        return routes;
    }

    private static String normalized(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString().replaceAll("content=\"[^\"]*\"", "").replaceAll("value=\"[^\"]*\"", "");
    }

    @Test
    void pagesFilesPreviewsAndBookmarksFollowTheMatrixAndHiddenLooksMissing() throws Exception {
        for (Actor actor : Actor.values()) {
            Map<String, String> missingBodies = new LinkedHashMap<>();
            for (var route : uiRoutes(MISSING, MISSING).entrySet()) {
                MvcResult r = mvc.perform(as(actor, route.getValue())).andReturn();
                assertThat(r.getResponse().getStatus()).as(actor + " " + route.getKey() + " missing").isEqualTo(404);
                missingBodies.put(route.getKey(), normalized(r));
            }
            for (Doc doc : Doc.values()) {
                boolean allowed = MAY_OPEN.get(actor).contains(doc);
                for (var route : uiRoutes(ids.get(doc), files.get(doc)).entrySet()) {
                    MvcResult r = mvc.perform(as(actor, route.getValue())).andReturn();
                    String what = actor + " " + doc + " " + route.getKey();
                    if (allowed) {
                        assertThat(r.getResponse().getStatus()).as(what).isIn(200, 302);
                    } else {
                        assertThat(r.getResponse().getStatus()).as(what).isEqualTo(404);
                        assertThat(normalized(r)).as(what + " looks missing").isEqualTo(missingBodies.get(route.getKey()));
                    }
                }
            }
        }
    }

    @Test
    void theApiAnswersHiddenAsMissing() throws Exception {
        for (Actor actor : Actor.values()) {
            for (Doc doc : Doc.values()) {
                boolean allowed = MAY_OPEN.get(actor).contains(doc);
                var missing = apiRoutes(MISSING, MISSING);
                for (var route : apiRoutes(ids.get(doc), files.get(doc)).entrySet()) {
                    MvcResult r = mvc.perform(api(actor, route.getValue())).andReturn();
                    String what = actor + " " + doc + " " + route.getKey();
                    if (allowed) {
                        assertThat(r.getResponse().getStatus()).as(what).isIn(200, 204);
                    } else {
                        MvcResult m = mvc.perform(api(actor, missing.get(route.getKey()))).andReturn();
                        assertThat(r.getResponse().getStatus()).as(what).isEqualTo(404);
                        assertThat(r.getResponse().getContentAsString()).as(what)
                                .isEqualTo(m.getResponse().getContentAsString());
                    }
                }
            }
        }
    }

    @Test
    void aFileOfAnotherDocumentIsMissing() throws Exception {
        long visible = ids.get(Doc.PUBLISHED_ALL);
        long foreignFile = files.get(Doc.DRAFT_ALL);
        mvc.perform(as(Actor.MEMBER_IN, get("/documents/" + visible + "/files/" + foreignFile)))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
        mvc.perform(api(Actor.OFFICE, get("/api/v1/documents/" + visible + "/files/" + foreignFile)))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
    }

    @Test
    void anonymousCallersLearnNothing() throws Exception {
        for (Doc doc : List.of(Doc.PUBLISHED_ALL, Doc.DRAFT_X)) {
            for (var route : uiRoutes(ids.get(doc), files.get(doc)).entrySet()) {
                MvcResult r = mvc.perform(route.getValue().with(csrf())).andReturn();
                assertThat(r.getResponse().getStatus()).as(doc + " " + route.getKey()).isEqualTo(302);
                assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login");
            }
            for (var route : apiRoutes(ids.get(doc), files.get(doc)).entrySet()) {
                MvcResult r = mvc.perform(route.getValue()).andReturn();
                assertThat(r.getResponse().getStatus()).as(doc + " api " + route.getKey()).isEqualTo(401);
            }
        }
        assertThat(mvc.perform(get("/api/v1/documents/" + MISSING)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void listsShowOnlyReadableDocumentsAndNoTitleLeaks() throws Exception {
        for (Actor actor : Actor.values()) {
            String json = mvc.perform(api(actor, get("/api/v1/documents").param("size", "100"))).andReturn()
                    .getResponse().getContentAsString();
            String html = mvc.perform(as(actor, get("/documents"))).andReturn().getResponse().getContentAsString();
            String home = mvc.perform(as(actor, get("/"))).andReturn().getResponse().getContentAsString();
            for (Doc doc : Doc.values()) {
                boolean listed = MAY_OPEN.get(Actor.MEMBER_IN).contains(doc) && readableAsMember(actor, doc);
                String marker = "\"id\":" + ids.get(doc) + ",";
                assertThat(json.contains(marker)).as(actor + " api list " + doc).isEqualTo(listed);
                String card = "data-document-id=\"" + ids.get(doc) + "\"";
                assertThat(html.contains(card)).as(actor + " page list " + doc).isEqualTo(listed);
                assertThat(home.contains(card)).as(actor + " home " + doc).isEqualTo(listed);
            }
        }
    }

    /** Lists are the member's view: published documents for all, or of the member's organisation and ancestors. */
    private static boolean readableAsMember(Actor actor, Doc doc) {
        return switch (actor) {
            case MEMBER_IN, UNIT_IN -> Set.of(Doc.PUBLISHED_ALL, Doc.INTERNAL_X, Doc.INTERNAL_B).contains(doc);
            case MEMBER_OUT, UNIT_OUT -> Set.of(Doc.PUBLISHED_ALL, Doc.INTERNAL_B).contains(doc);
            case OFFICE -> doc == Doc.PUBLISHED_ALL;
        };
    }

    @Test
    void editingFollowsTheEditorsSubtree() throws Exception {
        for (Actor actor : List.of(Actor.UNIT_IN, Actor.UNIT_OUT, Actor.OFFICE)) {
            for (Doc doc : Doc.values()) {
                int status = mvc.perform(as(actor, get("/admin/documents/" + ids.get(doc) + "/edit"))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(actor + " edit " + doc).isEqualTo(MAY_EDIT.get(actor).contains(doc) ? 200 : 404);
            }
            String list = mvc.perform(as(actor, get("/admin/documents"))).andReturn().getResponse().getContentAsString();
            for (Doc doc : Doc.values()) {
                assertThat(list.contains("/admin/documents/" + ids.get(doc) + "/edit")).as(actor + " editor list " + doc)
                        .isEqualTo(MAY_EDIT.get(actor).contains(doc));
            }
        }
        for (Actor member : List.of(Actor.MEMBER_IN, Actor.MEMBER_OUT)) {
            assertThat(mvc.perform(as(member, get("/admin/documents/" + ids.get(Doc.INTERNAL_X) + "/edit"))).andReturn()
                    .getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(api(member, post("/api/v1/admin/documents/" + ids.get(Doc.INTERNAL_X) + "/withdraw")))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(api(Actor.UNIT_OUT, post("/api/v1/admin/documents/" + ids.get(Doc.DRAFT_X) + "/publish")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(as(Actor.UNIT_OUT, post("/admin/documents/" + ids.get(Doc.DRAFT_X) + "/publish")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                .param("password", LibraryFixture.PASSWORD)).andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/"));
        return session;
    }

    /** A move changes what the member may read: it ends the member's sessions and tokens like a role change does. */
    @Test
    void movingAMemberEndsTheirSessionsAndTokensAndTheNextSignInReadsTheNewOrganisation() throws Exception {
        AccountPrincipal moved = fixture.member("10000009", "Đinh Văn Chuyển", LibraryFixture.ORG_X, false, null);
        String token = tokens.issue(moved).value();
        MockHttpSession before = signIn("10000009");
        String internalX = "/documents/" + ids.get(Doc.INTERNAL_X);
        assertThat(mvc.perform(get(internalX).session(before)).andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(as(Actor.OFFICE, post("/admin/accounts/10000009/move").param("organization", "CBY")))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).startsWith("/admin/accounts"));

        MvcResult old = mvc.perform(get(internalX).session(before)).andReturn();
        assertThat(old.getResponse().getRedirectedUrl()).isEqualTo("/login?changed");
        assertThat(mvc.perform(get("/api/v1/documents/" + ids.get(Doc.INTERNAL_X)).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        MockHttpSession after = signIn("10000009");
        assertThat(mvc.perform(get(internalX).session(after)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/documents/" + ids.get(Doc.INTERNAL_B)).session(after)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    /** The "Chuyên mục" filter names only topics (with their parents) of documents the reader may see. */
    @Test
    void theTopicFilterOffersOnlyTopicsOfReadableDocuments() throws Exception {
        management.create(viewers.of(principals.get(Actor.UNIT_IN)), new DocumentMetadata("7-BB/CBX", "Báo cáo", "Chi bộ X",
                null, null, null, "Biên bản họp chi bộ X", null, "Hồ sơ chi bộ X / Biên bản họp kín"),
                Visibility.organization("CBX"), List.of(), true);
        for (Actor actor : Actor.values()) {
            String page = mvc.perform(as(actor, get("/documents"))).andReturn().getResponse().getContentAsString();
            boolean reads = readableAsMember(actor, Doc.INTERNAL_X);
            assertThat(page.contains("Hồ sơ chi bộ X / Biên bản họp kín")).as(actor + " child topic").isEqualTo(reads);
            assertThat(page.contains(">Hồ sơ chi bộ X<")).as(actor + " its parent").isEqualTo(reads);
            assertThat(page).as(actor.name()).contains(">Xây dựng Đảng<");
        }
    }

    @Test
    void everyRefusalIsAudited() throws Exception {
        mvc.perform(as(Actor.MEMBER_OUT, get("/documents/" + ids.get(Doc.INTERNAL_X))));
        assertThat(events.stream(AccessRefused.class))
                .anyMatch(e -> e.documentId() == ids.get(Doc.INTERNAL_X) && "10000002".equals(e.actor()));
    }
}
