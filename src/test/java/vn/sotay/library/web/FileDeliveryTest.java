package vn.sotay.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.ApiTokens;
import vn.sotay.account.PasswordChange;
import vn.sotay.library.DocumentCounters;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.DocumentMetadata;
import vn.sotay.library.DocumentStatus;
import vn.sotay.library.FileUpload;
import vn.sotay.library.LibraryFixture;
import vn.sotay.library.Viewer;
import vn.sotay.library.Viewers;
import vn.sotay.library.Visibility;
import vn.sotay.shared.SotaySettings;
import vn.sotay.shared.ValidationException;
import vn.sotay.support.AppTest;
import vn.sotay.support.ZipBombs;

/**
 * Files in and out: downloads with a Vietnamese name (ASCII fallback and filename*), Range (206) and ETag (304),
 * and uploads refused by content (renamed executables), by emptiness and by size, leaving no row and no file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = {"sotay.library.max-file-size=3MB", "sotay.library.proposal-max-file-size=100KB"})
class FileDeliveryTest extends AppTest {

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
    SotaySettings settings;

    @Autowired
    DocumentCounters counters;
    @LocalServerPort
    int port;

    LibraryFixture fixture;
    AccountPrincipal office;

    @BeforeEach
    void data() {
        fixture = new LibraryFixture(jdbc, accounts, passwords, clock, management, viewers);
        if (accounts.findByUsername("20000001").isEmpty()) {
            fixture.organizations();
            fixture.member("20000001", "Văn Phòng Tải", LibraryFixture.ORG_A, true, null);
        }
        office = passwordless("20000001");
    }

    /** The stored "Lượt tải", once the counts still in memory are written. */
    private long downloads(long id) {
        counters.flush();
        return jdbc.queryForObject("select download_count from document where id = ?", Long.class, id);
    }

    private AccountPrincipal passwordless(String username) {
        var a = accounts.findByUsername(username).orElseThrow();
        return new AccountPrincipal(a.getId(), a.getUsername(), a.getFullName(), false, a.isOfficeAdmin(),
                a.getUnitAdminOrganizationId(), a.getOrganizationId(), a.getCredentialsVersion());
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(signedIn());
    }

    private RequestPostProcessor signedIn() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(office, null,
                AuthorityUtils.createAuthorityList(office.roles())));
    }

    private long documentWith(String name, Path file) {
        Viewer v = viewers.of(office);
        return management.create(v, metadata("Luật báo chí"), Visibility.all(),
                List.of(new FileUpload(name, new FileSystemResource(file))), true);
    }

    private static DocumentMetadata metadata(String title) {
        return new DocumentMetadata(null, "Luật", "Quốc hội", null, null, null, title, null, null);
    }

    @Test
    void aDownloadKeepsItsVietnameseNameWithAnAsciiFallback() throws Exception {
        Path pdf = LibraryFixture.corpusFile("luat-bao-chi.docx");
        long id = documentWith("Luật báo chí 2016.docx", pdf);
        long file = fixture.firstFileId(id);
        MvcResult r = mvc.perform(as(get("/documents/" + id + "/files/" + file))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"Luat-bao-chi-2016.docx\"; filename*=UTF-8''Lu%E1%BA%ADt%20b%C3%A1o%20ch%C3%AD%202016.docx");
        assertThat(r.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(pdf));
        assertThat(r.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(downloads(id)).isEqualTo(1);

        String whoDownloaded = mvc.perform(as(get("/admin/audit").param("action", "DOCUMENT_DOWNLOADED")
                .param("target", "document:" + id))).andReturn().getResponse().getContentAsString();
        assertThat(whoDownloaded).contains("document:" + id, office.username());
        String none = mvc.perform(as(get("/admin/audit").param("action", "DOCUMENT_DOWNLOADED")
                .param("target", "document:999999"))).andReturn().getResponse().getContentAsString();
        assertThat(none).doesNotContain("document:" + id);
    }

    /** Through the real connector, where a whole local file leaves by Tomcat's sendfile rather than a copy loop. */
    @Test
    void overHttpAWholeFileArrivesIntactWithItsHeadersAndIsCountedOnce() throws Exception {
        Path pdf = LibraryFixture.corpusFile("hien-phap.pdf");
        byte[] all = Files.readAllBytes(pdf);
        long id = documentWith("Hiến pháp.pdf", pdf);
        String token = tokens.issue(office).value();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/documents/" + id + "/files/" + fixture.firstFileId(id));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(all);
        assertThat(r.headers().firstValue("Content-Length")).hasValue(String.valueOf(all.length));
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"Hien-phap.pdf\"; filename*=UTF-8''Hi%E1%BA%BFn%20ph%C3%A1p.pdf");
        assertThat(r.headers().firstValue("ETag")).isPresent();
        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Range", "bytes=10-19").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(all, 10, 20));
        assertThat(downloads(id)).isEqualTo(1);
    }

    @Test
    void rangesAnswer206AndEtagsAnswer304WithoutCounting() throws Exception {
        Path pdf = LibraryFixture.corpusFile("hien-phap.pdf");
        long id = documentWith("hien-phap.pdf", pdf);
        long file = fixture.firstFileId(id);
        byte[] all = Files.readAllBytes(pdf);
        MvcResult range = mvc.perform(as(get("/documents/" + id + "/files/" + file).header("Range", "bytes=100-199"))).andReturn();
        assertThat(range.getResponse().getStatus()).isEqualTo(206);
        assertThat(range.getResponse().getHeader("Content-Range")).isEqualTo("bytes 100-199/" + all.length);
        assertThat(range.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(all, 100, 200));
        assertThat(downloads(id))
                .as("a later range continues a download already counted").isZero();

        MvcResult first = mvc.perform(as(get("/documents/" + id + "/files/" + file))).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"").hasSize(66);
        assertThat(first.getResponse().getHeader("Accept-Ranges")).isEqualTo("bytes");
        MvcResult again = mvc.perform(as(get("/documents/" + id + "/files/" + file).header("If-None-Match", etag))).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(downloads(id)).isEqualTo(1);

        String token = tokens.issue(office).value();
        MvcResult api = mvc.perform(get("/api/v1/documents/" + id + "/files/" + file).param("disposition", "inline")
                .header("Authorization", "Bearer " + token).header("Range", "bytes=0-9")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(206);
        assertThat(api.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(all, 0, 10));
        assertThat(api.getResponse().getHeader("Content-Disposition")).startsWith("inline; filename=\"hien-phap.pdf\"");

        String url = "/documents/" + id + "/files/" + file;
        MvcResult past = mvc.perform(as(get(url).header("Range", "bytes=999999999-"))).andReturn();
        assertThat(past.getResponse().getStatus()).isEqualTo(416);
        assertThat(past.getResponse().getHeader("Content-Range")).isEqualTo("bytes */" + all.length);
        assertThat(past.getResponse().getContentAsByteArray()).isEmpty();
        for (String ignored : new String[] {"items=0-5", "bytes=abc"}) {
            MvcResult whole = mvc.perform(as(get(url).header("Range", ignored))).andReturn();
            assertThat(whole.getResponse().getStatus()).as(ignored).isEqualTo(200);
            assertThat(whole.getResponse().getContentAsByteArray()).isEqualTo(all);
        }
        MvcResult stale = mvc.perform(as(get(url).header("Range", "bytes=0-9").header("If-Range", "\"stale\""))).andReturn();
        assertThat(stale.getResponse().getStatus()).as("a changed file is sent whole").isEqualTo(200);
        assertThat(stale.getResponse().getContentAsByteArray()).isEqualTo(all);
        MvcResult current = mvc.perform(as(get(url).header("Range", "bytes=0-9").header("If-Range", etag))).andReturn();
        assertThat(current.getResponse().getStatus()).isEqualTo(206);
    }

    @Test
    void anNfdNameIsStoredAndServedAsNfc() throws Exception {
        String nfd = Normalizer.normalize("Nghị quyết Đảng.pdf", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nghị quyết Đảng.pdf");
        long id = documentWith(nfd, LibraryFixture.corpusFile("hien-phap.pdf"));
        assertThat(jdbc.queryForObject("select original_name from document_file where document_id = ?", String.class, id))
                .isEqualTo("Nghị quyết Đảng.pdf");
        MvcResult r = mvc.perform(as(get("/documents/" + id + "/files/" + fixture.firstFileId(id)))).andReturn();
        assertThat(r.getResponse().getHeader("Content-Disposition"))
                .endsWith("filename*=UTF-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt%20%C4%90%E1%BA%A3ng.pdf");
    }

    @Test
    void renamedExecutablesEmptyAndOversizedFilesAreRefusedAndNothingIsKept() throws Exception {
        int documents = count("document");
        long storedFiles = storedFiles();
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        byte[] pe = new byte[4096];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3c] = (byte) 0x80;
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, pe, 0x80, 4);
        byte[] big = new byte[3 * 1024 * 1024 + 1];
        assertRefused("chuong-trinh.pdf", elf, "không phải tài liệu được hỗ trợ");
        assertRefused("Nghị quyết.pdf", pe, "không phải tài liệu được hỗ trợ");
        assertRefused("rỗng.pdf", new byte[0], "không có nội dung (0 byte)");
        assertRefused("lớn.txt", big, "vượt quá dung lượng cho phép (3 MB)");
        assertThat(count("document")).isEqualTo(documents);
        assertThat(storedFiles()).as("no orphan file").isEqualTo(storedFiles);

        MockMultipartFile good = new MockMultipartFile("files", "hien-phap.pdf", "application/pdf",
                Files.readAllBytes(LibraryFixture.corpusFile("hien-phap.pdf")));
        MockMultipartFile exe = new MockMultipartFile("files", "phu-luc.docx", "application/octet-stream", elf);
        MvcResult page = mvc.perform(multipart("/admin/documents").file(good).file(exe)
                .param("title", "Có tệp xấu").param("type", "Luật").param("scope", "ALL").with(signedIn())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString()).contains("Tệp &quot;phu-luc.docx&quot; không phải tài liệu được hỗ trợ");
        assertThat(count("document")).as("a failed upload leaves no row").isEqualTo(documents);
        assertThat(storedFiles()).as("nor the good file of the batch").isEqualTo(storedFiles);
    }

    private void assertRefused(String name, byte[] content, String message) {
        Viewer v = viewers.of(office);
        assertThatThrownBy(() -> management.create(v, metadata("Tệp bị từ chối"), Visibility.all(),
                List.of(LibraryFixture.bytes(name, content)), true))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("files"))
                .hasMessageContaining(name).hasMessageContaining(message);
    }

    /** A .docx whose document.xml inflates to 250 MB: refused on upload, before any parser (or the proposal) opens it. */
    @Test
    void anOfficeZipBombIsRefusedOnUploadOnThePageAndInTheApi() throws Exception {
        int documents = count("document");
        long storedFiles = storedFiles();
        byte[] bomb = ZipBombs.docx();
        MvcResult page = mvc.perform(multipart("/admin/documents")
                .file(new MockMultipartFile("files", "Nghị quyết.docx", "application/octet-stream", bomb))
                .param("scope", "ALL").with(signedIn())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString()).contains("id=\"files-errors\"",
                "Tệp &quot;Nghị quyết.docx&quot; bị từ chối: nội dung nén bất thường");

        MockMultipartFile meta = new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                "{\"visibility\":{\"scope\":\"ALL\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MvcResult api = mvc.perform(multipart("/api/v1/admin/documents").file(meta)
                .file(new MockMultipartFile("files", "bom-nen.docx", "application/octet-stream", bomb))
                .header("Authorization", "Bearer " + tokens.issue(office).value())).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.getResponse().getContentAsString()).contains("\"field\":\"files\"", "\"code\":\"FILE_ZIP_BOMB\"",
                "Tệp \\\"bom-nen.docx\\\" bị từ chối");
        assertThat(count("document")).isEqualTo(documents);
        assertThat(storedFiles()).as("no orphan file").isEqualTo(storedFiles);
    }

    @Test
    void theApiCreatesWithMetadataJsonAndFiles() throws Exception {
        String token = tokens.issue(office).value();
        MockMultipartFile meta = new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE, """
                {"number":"45/2019/QH14","type":"Bộ luật","issuer":"Quốc hội","issuedOn":"2019-11-20","title":"Bộ luật lao động",
                 "topic":"Xã hội - Y tế","visibility":{"scope":"ORGANIZATION","organization":"CBX"},"publish":true}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MockMultipartFile pdf = new MockMultipartFile("files", "bo-luat-lao-dong.pdf", "application/pdf",
                Files.readAllBytes(LibraryFixture.corpusFile("bo-luat-lao-dong.pdf")));
        MvcResult r = mvc.perform(multipart("/api/v1/admin/documents").file(meta).file(pdf)
                .header("Authorization", "Bearer " + token)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        long id = com.jayway.jsonpath.JsonPath.parse(r.getResponse().getContentAsString()).read("$.id", Long.class);
        String doc = mvc.perform(get("/api/v1/documents/" + id).header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getContentAsString();
        assertThat(doc).contains("\"title\":\"Bộ luật lao động\"", "\"scope\":\"ORGANIZATION\"", "\"status\":\"PUBLISHED\"",
                "\"name\":\"bo-luat-lao-dong.pdf\"", "\"contentType\":\"application/pdf\"");

        MockMultipartFile bad = new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
                "{\"title\":\"\",\"type\":\"Không có\",\"visibility\":{\"scope\":\"ORGANIZATION\",\"organization\":\"KHONG\"}}".getBytes());
        String errors = mvc.perform(multipart("/api/v1/admin/documents").file(bad).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("\"field\":\"title\"", "\"field\":\"type\"", "\"field\":\"visibility\"",
                "Vui lòng nhập tên văn bản", "Mã tổ chức \\\"KHONG\\\" không tồn tại");
    }

    @Test
    void theFirstFileProposesNumberDateTypeAndTitle() {
        long id = management.create(viewers.of(office), new DocumentMetadata(null, null, null, null, null, null, null, null, null),
                Visibility.all(), List.of(new FileUpload("luat-bao-chi.docx",
                        new FileSystemResource(LibraryFixture.corpusFile("luat-bao-chi.docx")))), false);
        var row = jdbc.queryForMap("select number, type, issued_on, title, status from document where id = ?", id);
        assertThat(row.get("number")).isEqualTo("103/2016/QH13");
        assertThat(row.get("type")).isEqualTo("Luật");
        assertThat(row.get("issued_on").toString()).isEqualTo("2016-04-05");
        assertThat(row.get("title")).isEqualTo("Luật báo chí");
        assertThat(row.get("status")).isEqualTo(DocumentStatus.DRAFT.name());
    }

    @Test
    void aFileOverTheProposalLimitIsNotReadWhileTheEditorWaits() {
        long id = management.create(viewers.of(office), new DocumentMetadata(null, "Bộ luật", null, null, null, null, null, null, null),
                Visibility.all(), List.of(new FileUpload("Bộ luật lao động.pdf",
                        new FileSystemResource(LibraryFixture.corpusFile("bo-luat-lao-dong.pdf")))), false);
        var row = jdbc.queryForMap("select number, issued_on, title from document where id = ?", id);
        assertThat(row.get("number")).as("244 KB is over the 100 KB proposal limit").isNull();
        assertThat(row.get("issued_on")).isNull();
        assertThat(row.get("title")).isEqualTo("Bộ luật lao động");
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return n == null ? 0 : n;
    }

    private long storedFiles() throws Exception {
        Path root = settings.dataDir().resolve("files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
