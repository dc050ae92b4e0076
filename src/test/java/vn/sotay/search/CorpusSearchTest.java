package vn.sotay.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.PasswordChange;
import vn.sotay.library.DocumentImport;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.FoundDocument;
import vn.sotay.library.LibraryFixture;
import vn.sotay.library.Viewer;
import vn.sotay.library.Viewers;
import vn.sotay.shared.CsvReader;
import vn.sotay.support.AppTest;

/**
 * The whole corpus imported as the library's import does it, every file read by the pipeline (Tika, and Tesseract
 * for both scans): the judged query set (recall@10 ≥ 0.9, MRR printed), full text to the last page, OCR text, and
 * the page, API and suggestions over it.
 */
@SpringBootTest(properties = "sotay.search.extraction-interval=1s")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusSearchTest extends AppTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

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
    DocumentImport importer;
    @Autowired
    DocumentSearch search;
    @Autowired
    ExtractionStates extraction;
    @Autowired
    MockMvc mvc;

    AccountPrincipal principal;
    Viewer member;
    final Map<String, Long> idByFile = new HashMap<>();

    @BeforeAll
    void load() throws IOException {
        LibraryFixture library = new LibraryFixture(jdbc, accounts, passwords, clock, management, viewers);
        library.organizations();
        principal = library.member("30000001", "Nguyễn Văn Đọc", LibraryFixture.ORG_X, false, null);
        member = library.viewer(principal);
        DocumentImport.Report report = importer.run(CORPUS, CORPUS.resolve("manifest.csv"), "import");
        assertThat(report.errors()).isEmpty();
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            ExtractionOverview o = extraction.overview();
            return o.count(ExtractionState.PENDING) == 0 && o.counts().values().stream().mapToLong(Long::longValue).sum() == 109;
        });
        Map<String, Long> idByTitle = new HashMap<>();
        jdbc.query("select id, title from document", rs -> {
            idByTitle.put(rs.getString(2), rs.getLong(1));
        });
        for (Map<String, String> row : csv(CORPUS.resolve("manifest.csv"))) {
            String stem = row.get("file").replace("texts/", "").replace(".txt", "");
            idByFile.put(stem, idByTitle.get(java.text.Normalizer.normalize(row.get("title"), java.text.Normalizer.Form.NFC).strip()));
        }
    }

    @Test
    void everyFileWasRead() {
        ExtractionOverview o = extraction.overview();
        assertThat(o.count(ExtractionState.DONE)).isEqualTo(109);
    }

    @Test
    void judgedQueriesReachRecallAt10OfNinetyPercent() throws IOException {
        List<Map<String, String>> judged = csv(Path.of("src/test/resources/search/judged-queries.csv"));
        double recallSum = 0;
        double reciprocalSum = 0;
        List<String> misses = new ArrayList<>();
        for (Map<String, String> j : judged) {
            List<Long> top = ids(j.get("query"), 10);
            List<Long> expected = List.of(j.get("expected").split(";")).stream().map(idByFile::get).toList();
            long found = expected.stream().filter(top::contains).count();
            recallSum += (double) found / expected.size();
            int rank = top.stream().filter(expected::contains).findFirst().map(top::indexOf).orElse(-1);
            reciprocalSum += rank < 0 ? 0 : 1.0 / (rank + 1);
            if (found < expected.size()) {
                misses.add(j.get("query") + " → " + j.get("expected"));
            }
        }
        double recall = recallSum / judged.size();
        double mrr = reciprocalSum / judged.size();
        System.out.printf("Judged queries: %d, recall@10 = %.3f, MRR = %.3f, misses: %s%n", judged.size(), recall, mrr, misses);
        assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
        assertThat(recall).as("recall@10, misses: " + misses).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theLastPageOfTheCriminalCodeIsSearchable() {
        List<FoundDocument> hits = search.search(member, SearchFixture.words("\"Luật số 37/2009/QH12 sửa đổi\"")).items();
        assertThat(hits).extracting(FoundDocument::id).contains(idByFile.get("bo-luat-hinh-su"));
        assertThat(hits.get(0).snippet()).contains("<mark>");
    }

    @Test
    void bothScansAreSearchableThroughOcr() {
        assertThat(ids("\"cơ sở dữ liệu về cư trú\"", 10)).contains(idByFile.get("luat-cu-tru"));
        assertThat(ids("\"gắn bó của cá nhân với nhà nước\"", 10)).contains(idByFile.get("luat-quoc-tich-viet-nam"));
    }

    @Test
    void theApiAnswersWithSnippetsAndFacets() throws Exception {
        mvc.perform(as(get("/api/v1/documents").param("q", "dang ky thuong tru")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[0].snippet").value(org.hamcrest.Matchers.containsString("<mark>")))
                .andExpect(jsonPath("$.facets.type[0].label").isString())
                .andExpect(jsonPath("$.facets.year").isArray());
        mvc.perform(as(get("/api/v1/search/suggest").param("q", "luat dat d")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Luật đất đai"));
        mvc.perform(as(get("/documents").param("q", "luat dat dia")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("đất đai")));
    }

    private List<Long> ids(String q, int n) {
        return search.search(member, SearchFixture.words(q)).items().stream().limit(n).map(FoundDocument::id).toList();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                AuthorityUtils.createAuthorityList(principal.roles()))));
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<vn.sotay.shared.CsvRow> lines = CsvReader.read(Files.readAllBytes(file));
        List<String> header = lines.get(0).values();
        List<Map<String, String>> rows = new ArrayList<>();
        for (vn.sotay.shared.CsvRow line : lines.subList(1, lines.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), line.value(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
