package vn.sotay.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.PasswordChange;
import vn.sotay.library.Document;
import vn.sotay.library.DocumentFilter;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.FacetCount;
import vn.sotay.library.FullTextSearch;
import vn.sotay.library.FoundDocument;
import vn.sotay.library.FoundDocuments;
import vn.sotay.library.LibraryFixture;
import vn.sotay.library.Viewer;
import vn.sotay.library.Viewers;
import vn.sotay.search.internal.DocumentFields;
import vn.sotay.search.internal.NumberKeys;
import vn.sotay.support.AppTest;

/**
 * Vietnamese matching on metadata: diacritics and case, NFD input, both tone placements, document numbers typed
 * loosely, phrases, exclusions, prefixes, corrections, facets, sorting and ties, scoring, and the access rule on hits,
 * totals, facets and suggestions. {@link DocumentSearchOpenSearchIT} runs all of it again on OpenSearch.
 */
@SpringBootTest(properties = "sotay.search.extraction-enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSearchTest extends AppTest {

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
    DocumentSearch search;
    @Autowired
    EntityManager entityManager;

    LibraryFixture library;
    SearchFixture docs;
    AccountPrincipal office;
    Viewer inX;
    Viewer outside;
    long dangVien;
    long dangVienFolded;
    long hoa;
    long thuy;
    long plan;
    long internalX;

    @BeforeAll
    void data() {
        library = new LibraryFixture(jdbc, accounts, passwords, clock, management, viewers);
        library.organizations();
        office = library.member("20000001", "Hoàng Văn Phòng", LibraryFixture.ORG_A, true, null);
        inX = library.viewer(library.member("20000002", "Nguyễn Văn Trong", LibraryFixture.ORG_X, false, null));
        outside = library.viewer(library.member("20000003", "Trần Thị Ngoài", LibraryFixture.ORG_Y, false, null));
        docs = new SearchFixture(management, library);
        dangVien = docs.publish(office, "12-NQ/TW", "Nghị quyết", "Nghị quyết về phát triển đảng viên", "Kết nạp đảng viên mới",
                "Xây dựng Đảng", null, List.of());
        dangVienFolded = docs.publish(office, "05-HD/BTC", "Hướng dẫn", "Hướng dẫn công tác dạng viên mẫu", null,
                "Xây dựng Đảng", null, List.of());
        hoa = docs.publish(office, "01-CT/TU", "Chỉ thị", "Chỉ thị về hòa giải ở cơ sở", null, "Pháp luật", null, List.of());
        thuy = docs.publish(office, "02-CT/TU", "Chỉ thị", "Chỉ thị phòng chống thiên tai thuỷ lợi", null, "Pháp luật", null, List.of());
        plan = docs.publish(office, "135-KH/ĐUK", "Kế hoạch", "Kế hoạch học tập nghị quyết", null, "Xây dựng Đảng", null, List.of());
        internalX = docs.publish(office, "07-TB/CBX", "Thông báo", "Thông báo nội bộ về sinh hoạt chuyên đề bí mật",
                "Riêng chi bộ X", "Xây dựng Đảng", "CBX", List.of());
    }

    private static String nfd(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    }

    private List<Long> ids(Viewer v, String q) {
        return search.search(v, SearchFixture.words(q)).items().stream().map(FoundDocument::id).toList();
    }

    @Test
    void diacriticsAndCaseDoNotMatterButExactRanksFirst() {
        assertThat(ids(inX, "dang vien")).contains(dangVien, dangVienFolded);
        assertThat(ids(inX, "ĐẢNG VIÊN")).first().isEqualTo(dangVien);
        assertThat(ids(inX, "đảng viên")).first().isEqualTo(dangVien);
        assertThat(ids(inX, "dạng viên")).first().isEqualTo(dangVienFolded);
    }

    @Test
    void nfdAndBothTonePlacementsMatch() {
        assertThat(ids(inX, nfd("đảng viên"))).first().isEqualTo(dangVien);
        assertThat(ids(inX, "hoà giải")).containsExactly(hoa);
        assertThat(ids(inX, "hòa giải")).containsExactly(hoa);
        assertThat(ids(inX, "thủy lợi")).containsExactly(thuy);
        assertThat(ids(inX, "thuỷ lợi")).containsExactly(thuy);
    }

    @Test
    void aMisspellingTypedDecomposedGetsACorrectionInComposedForm() {
        assertThat(search.search(inX, SearchFixture.words(nfd("quyếtt"))).correction()).isEqualTo("quyết");
        assertThat(search.search(inX, SearchFixture.words(nfd("nghị quyếtt"))).correction()).isEqualTo("nghị quyết");
    }

    @Test
    void numbersTypedAsPrintedOrLooselyFindTheirDocumentFirst() {
        assertThat(ids(inX, "135-KH/ĐUK")).first().isEqualTo(plan);
        assertThat(ids(inX, "135 KH DUK")).first().isEqualTo(plan);
        assertThat(ids(inX, "135/kh")).first().isEqualTo(plan);
        assertThat(ids(inX, "12-nq/tw")).first().isEqualTo(dangVien);
    }

    @Test
    void phrasesExclusionsAndPrefixes() {
        assertThat(ids(inX, "\"phát triển đảng viên\"")).containsExactly(dangVien);
        assertThat(ids(inX, "\"dang vien phat trien\"")).isEmpty();
        assertThat(ids(inX, "chỉ thị -thuỷ")).containsExactly(hoa);
        assertThat(ids(inX, "nghị quyế*")).contains(dangVien, plan);
        assertThat(ids(inX, "nghi quye*")).contains(dangVien, plan);
    }

    @Test
    void facetsCountWhatTheReaderMaySee() {
        FoundDocuments mine = search.search(inX, SearchFixture.words("thông báo"));
        FoundDocuments theirs = search.search(outside, SearchFixture.words("thông báo"));
        assertThat(mine.total()).isEqualTo(1);
        assertThat(theirs.total()).isZero();
        assertThat(mine.facet("type")).extracting(FacetCount::label).contains("Thông báo");
        assertThat(theirs.facet("type")).isEmpty();
        FoundDocuments all = search.search(outside, new DocumentFilter(null, null, null, null, null, "date", 0, 50));
        assertThat(all.items()).extracting(FoundDocument::id).doesNotContain(internalX);
        assertThat(all.facet("type")).extracting(FacetCount::label).doesNotContain("Thông báo");
        FoundDocuments chiThi = search.search(inX, new DocumentFilter("chỉ thị", "Chỉ thị", null, 2023, null, "date", 0, 20));
        assertThat(chiThi.total()).isEqualTo(2);
        assertThat(chiThi.facet("year")).extracting(FacetCount::count).containsExactly(2L);
    }

    @Test
    void aDocumentIsFoundAsSoonAsItIsPublished() {
        // OpenSearch makes changes searchable every second unless the save waits for it
        long fresh = docs.publish(office, "31-KH/CBY", "Kế hoạch", "Kế hoạch diễn tập phòng cháy", null, "Pháp luật", "CBY",
                List.of());
        assertThat(ids(outside, "diễn tập phòng cháy")).containsExactly(fresh);
    }

    @Test
    void tiesComeNewestFirstAsInTheLibrary() {
        // every document here has the same date: the id decides, as when the library browses without the index
        FoundDocuments byDate = search.search(inX, new DocumentFilter(null, null, null, null, null, "date", 0, 20));
        assertThat(byDate.items()).extracting(FoundDocument::id)
                .containsExactly(internalX, plan, thuy, hoa, dangVienFolded, dangVien);
        assertThat(search.suggest(inX, "chi")).extracting(Suggestion::id).containsExactly(thuy, hoa);
    }

    @Test
    @Transactional(readOnly = true)
    void wordsScoreWithOpenSearchsBm25() {
        // one match of a keyword (no length norm) scores boost × idf in OpenSearch; Lucene's own BM25 divides by k1 + 1
        SearchSession session = Search.session(entityManager);
        long n = session.search(Document.class).where(f -> f.exists().field(DocumentFields.NUMBER_KEY)).fetchTotalHitCount();
        List<Float> scores = session.search(Document.class).select(f -> f.score())
                .where(f -> f.match().field(DocumentFields.NUMBER_KEY).matching(NumberKeys.key("135-KH/ĐUK"))).fetchAllHits();
        assertThat(scores).singleElement().satisfies(score ->
                assertThat(score).isCloseTo((float) Math.log(1 + (n - 1 + 0.5) / 1.5), within(1e-4f)));
    }

    @Test
    void suggestionsAndSnippetsNeverLeak() {
        assertThat(search.suggest(inX, "thong bao noi")).extracting(Suggestion::id).containsExactly(internalX);
        assertThat(search.suggest(outside, "thong bao noi")).isEmpty();
        assertThat(search.suggest(outside, "bí mật")).isEmpty();
        assertThat(search.suggest(inX, "135-k")).extracting(Suggestion::id).containsExactly(plan);
        FoundDocuments found = search.search(inX, SearchFixture.words("ket nap"));
        assertThat(found.items()).first().satisfies(d -> assertThat(d.snippet()).contains("<mark>Kết</mark>"));
    }

    @Test
    void browsingFromTheIndexKeepsVietnameseTitleOrderDateOrderFiltersAndTheAccessRule() {
        DocumentFilter byTitle = new DocumentFilter(null, null, null, null, null, "title", 0, 100);
        FullTextSearch.IdPage mine = search.browse(inX, byTitle);
        assertThat(mine.ids()).containsSubsequence(thuy, hoa, dangVienFolded, plan, dangVien, internalX);
        assertThat(mine.ids()).isEqualTo(readable(inX, "title_key, id"));
        assertThat(mine.total()).isEqualTo(mine.ids().size());
        FullTextSearch.IdPage theirs = search.browse(outside, byTitle);
        assertThat(theirs.ids()).doesNotContain(internalX).isEqualTo(readable(outside, "title_key, id"));
        assertThat(theirs.total()).isEqualTo(theirs.ids().size());
        FullTextSearch.IdPage oneChiThi = search.browse(inX, new DocumentFilter(null, "Chỉ thị", null, null, null, "date", 0, 1));
        assertThat(oneChiThi.ids()).hasSize(1);
        assertThat(oneChiThi.total()).isEqualTo(readable(inX, "id").stream()
                .filter(id -> "Chỉ thị".equals(jdbc.queryForObject("select type from document where id = ?", String.class, id))).count());
        assertThat(search.browse(outside, new DocumentFilter(null, "Thông báo", null, null, null, null, 0, 20)).ids())
                .doesNotContain(internalX);
        assertThat(search.browse(inX, new DocumentFilter(null, null, null, null, null, null, 0, 100)).ids())
                .isEqualTo(readable(inX, "issued_on desc nulls last, id desc"));
    }

    /** The published documents the reader may see, in the database's order. */
    private List<Long> readable(Viewer v, String order) {
        return jdbc.query("select id, scope, organization_path from document where status = 'PUBLISHED' order by " + order,
                (rs, i) -> "ALL".equals(rs.getString(2)) || v.lineage().contains(rs.getString(3)) ? rs.getLong(1) : null)
                .stream().filter(java.util.Objects::nonNull).toList();
    }
}
