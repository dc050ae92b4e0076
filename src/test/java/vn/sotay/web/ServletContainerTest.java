package vn.sotay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.ApiTokens;
import vn.sotay.library.LibraryFixture;
import vn.sotay.provisioning.MemberListService;
import vn.sotay.support.AppTest;

/**
 * What only a real Tomcat shows, over HTTP: downloads of a missing or foreign list answer the 404 page (not a 500
 * because the response had already started streaming); errors that go through the container's error page (no
 * route, wrong method or content type) have the API's JSON shape; ids that are no numbers are missing pages; a long
 * Vietnamese file name passes Tomcat's limit on the headers of an uploaded part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServletContainerTest extends AppTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MemberListService lists;
    @Autowired
    ApiTokens tokens;

    AccountPrincipal office;
    long listOfX;

    @BeforeAll
    void data() {
        LibraryFixture fixture = LibraryFixture.of(context);
        office = fixture.officeAdmin("30000001");
        fixture.member("30000002", "Quản Trị Chi Bộ Y", LibraryFixture.ORG_Y, false, LibraryFixture.ORG_Y);
        byte[] csv = "Họ và tên,Số thẻ đảng viên\nLê Văn Một,30000011\n".getBytes(StandardCharsets.UTF_8);
        listOfX = lists.upload(office, "chi-bo-x.csv", csv, "CBX").list().getId();
    }

    /** A browser: cookies kept, redirects not followed. */
    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient http = browser();
        String page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(LibraryFixture.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf.group(1);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return http;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsOfMissingOrForeignListsAnswerTheNotFoundPage() throws Exception {
        HttpClient officeBrowser = signedIn("30000001");
        HttpResponse<String> missing = get(officeBrowser, uri("/admin/member-lists/999999/report.xlsx"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang");
        HttpResponse<String> own = get(officeBrowser, uri("/admin/member-lists/" + listOfX + "/report.xlsx"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(get(officeBrowser, uri("/admin/accounts/export.xlsx")).statusCode()).isEqualTo(200);

        HttpResponse<String> foreign = get(signedIn("30000002"), uri("/admin/member-lists/" + listOfX + "/report.xlsx"));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).contains("Không tìm thấy trang");
    }

    @Test
    void idsThatAreNoNumbersAnswerTheNotFoundPage() throws Exception {
        HttpClient officeBrowser = signedIn("30000001");
        for (String path : List.of("/documents/abc", "/documents/99999999999999999999", "/documents/1/files/abc",
                "/admin/outbox/abc")) {
            HttpResponse<String> r = get(officeBrowser, uri(path));
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("Không tìm thấy trang");
        }
    }

    /** Whatever fails, before or inside a controller, the API answers its own JSON, never Spring's default shape. */
    @Test
    void everyApiErrorHasTheApplicationsShape() throws Exception {
        String bearer = "Bearer " + tokens.issue(office).value();
        HttpClient http = browser();
        assertApiError(http.send(HttpRequest.newBuilder(uri("/api/v1/me/bookmarks/abc")).header("Authorization", bearer)
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()), 404, "NOT_FOUND");
        assertApiError(http.send(HttpRequest.newBuilder(uri("/api/v1/khong-co")).header("Authorization", bearer).build(),
                HttpResponse.BodyHandlers.ofString()), 404, "NOT_FOUND");
        assertApiError(http.send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=30000001&password=x")).build(),
                HttpResponse.BodyHandlers.ofString()), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertApiError(http.send(HttpRequest.newBuilder(uri("/api/v1/auth/login")).header("Authorization", bearer).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()), 405, "METHOD_NOT_ALLOWED");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/api/v1/me/bookmarks?page=abc"))
                .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
        assertApiError(page, 400, "BAD_REQUEST");
        assertThat(page.body()).contains("Tham số \\\"page\\\"");
    }

    private static void assertApiError(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).as(r.uri().toString()).startsWith("{\"code\":\"" + code + "\",\"message\":\"")
                .doesNotContain("timestamp");
    }

    /** A name of 300 Vietnamese characters (900 bytes of part header) is taken, and kept to 255 with its extension. */
    @Test
    void aLongVietnameseFileNameIsAcceptedAndShortenedKeepingItsExtension() throws Exception {
        String name = "Đảng ủy Bộ Tư pháp chỉ đạo thực hiện ".repeat(9).substring(0, 300) + ".pdf";
        String partHeaders = "Content-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        assertThat(partHeaders.getBytes(StandardCharsets.UTF_8).length).as("over Tomcat's default of 512 bytes").isGreaterThan(512);
        String boundary = "----sotay" + System.nanoTime();
        byte[] pdf = Files.readAllBytes(LibraryFixture.corpusFile("hien-phap.pdf"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"type\":\"Nghị quyết\",\"visibility\":{\"scope\":\"ALL\"}}\r\n--" + boundary + "\r\n" + partHeaders)
                .getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = browser().send(HttpRequest.newBuilder(uri("/api/v1/admin/documents"))
                .header("Authorization", "Bearer " + tokens.issue(office).value())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long id = Long.parseLong(r.body().replaceAll("\\D+", ""));
        String stored = context.getBean(JdbcTemplate.class).queryForObject(
                "select original_name from document_file where document_id = ?", String.class, id);
        assertThat(stored).hasSize(255).endsWith(".pdf").startsWith("Đảng ủy Bộ Tư pháp");
    }
}
