package vn.sotay;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.support.AppTest;
import vn.sotay.support.Browser;
import vn.sotay.support.FreePort;
import vn.sotay.support.ScreenshotOnFailure;

/**
 * The whole journey on real input, from an empty data folder, as people do it in a browser: the office admin's first
 * sign-in, the organisation tree, a unit admin, documents (one internal to UBDT-VP); the unit's member list; approval;
 * a member who reads the e-mailed password, signs in, searches, reads, downloads and bookmarks; and a member of
 * another cell who cannot reach the internal document by search, link or API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sotay.mail.poll-interval=100ms", "sotay.provisioning.chunk-size=20"})
class JourneyIT extends AppTest {

    private static final int SMTP_PORT = FreePort.find();
    private static final Path CORPUS = Path.of("../shared/corpus").toAbsolutePath().normalize();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;
    private int shot;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> driver);

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(Browser.DESKTOP);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void shot(String name) {
        Browser.screenshot(driver, String.format("journey-%02d-%s", ++shot, name));
    }

    private void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private void signIn(String user, String password) {
        open("/login");
        type("username", user);
        type("password", password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    }

    private void signOut() {
        driver.findElement(By.cssSelector("#account-menu summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".menu-logout button"))).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private void firstPassword(String oldPassword, String newPassword) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forced-notice")));
        type("oldPassword", oldPassword);
        type("newPassword", newPassword);
        type("confirmPassword", newPassword);
        driver.findElement(By.id("save-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-saved")));
    }

    private String emailedPassword(String address) {
        wait.until(d -> mailTo(address) != null);
        try {
            MimeMessage mail = mailTo(address);
            assertThat(mail.getSubject()).isEqualTo("Khởi tạo tài khoản trên hệ thống Sổ tay đảng Viên");
            Matcher m = Pattern.compile("Mật khẩu: (\\S+)").matcher(mail.getContent().toString());
            assertThat(m.find()).isTrue();
            return m.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    private void approveOpenList() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("approve-list"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("issuance-status"), "Đã cấp xong"));
    }

    private long publish(String file, String title, String type, String internalTo) {
        return publish(CORPUS.resolve("documents/" + file), title, type, internalTo);
    }

    private long publish(Path file, String title, String type, String internalTo) {
        open("/admin/documents/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-form")));
        driver.findElement(By.id("files")).sendKeys(file.toString());
        type("title", title);
        new Select(driver.findElement(By.id("type"))).selectByVisibleText(type);
        type("issuer", "Quốc hội");
        if (internalTo != null) {
            driver.findElement(By.cssSelector("input[name=scope][value=ORGANIZATION]")).click();
            type("organization", internalTo);
        }
        driver.findElement(By.id("save-document")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("publish"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("doc-status"), "Đã đăng"));
        String url = driver.getCurrentUrl();
        Matcher m = Pattern.compile("/admin/documents/(\\d+)").matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String search(String words) {
        driver.findElement(By.id("site-q")).clear();
        driver.findElement(By.id("site-q")).sendKeys(words + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        return driver.findElement(By.id("search-results")).getText();
    }

    @Test
    void fromAnEmptyFolderToAMemberReadingInternalDocuments() throws Exception {
        signIn("admin", ADMIN_INITIAL_PASSWORD);
        shot("admin-forced-change");
        firstPassword(ADMIN_INITIAL_PASSWORD, "Văn-phòng-Đảng-ủy-1");

        open("/admin/organizations");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
        driver.findElement(By.id("file")).sendKeys(CORPUS.resolve("members/organizations.csv").toString());
        driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("org-tree"), "UBDT-VP"));

        open("/admin/member-lists");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create-empty-list"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("row-form")));
        type("fullName", "Phan Thị Chi Ủy");
        type("cardNumber", "99000001");
        type("email", "chi.uy@example.org");
        type("organizationCode", "UBDT-VP");
        driver.findElement(By.cssSelector("#row-form button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-list"))).click();
        approveOpenList();
        open("/admin/accounts?q=99000001");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-99000001")));
        type("org-99000001", "UBDT");
        driver.findElement(By.cssSelector("tr[data-username='99000001'] .grant-unit-admin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));

        publish("hien-phap.pdf", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Hiến pháp", null);
        Path vietnameseName = java.nio.file.Files.createTempDirectory("sotay-journey").resolve("Luật báo chí 2016.docx");
        java.nio.file.Files.copy(CORPUS.resolve("documents/luat-bao-chi.docx"), vietnameseName);
        long docx = publish(vietnameseName, "Luật báo chí", "Luật", null);
        publish("luat-cu-tru-scan.pdf", "Luật cư trú", "Luật", null);
        long internal = publish("luat-bao-ve-moi-truong.pdf", "Luật bảo vệ môi trường", "Luật", "UBDT-VP");
        shot("document-published");
        signOut();

        signIn("99000001", emailedPassword("chi.uy@example.org"));
        firstPassword(emailedPassword("chi.uy@example.org"), "Chi-ủy-Văn-phòng-1");
        open("/admin/member-lists");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
        driver.findElement(By.id("file")).sendKeys(CORPUS.resolve("members/members-sample.xlsx").toString());
        driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list-summary")));
        shot("provisioning-report");
        driver.findElement(By.id("drop-error-rows")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-list"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("list-status"), "Đã gửi"));
        signOut();

        signIn("admin", "Văn-phòng-Đảng-ủy-1");
        open("/admin/member-lists");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#lists-table a"))).click();
        approveOpenList();
        shot("approval-done");
        open("/admin/member-lists");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
        driver.findElement(By.id("file")).sendKeys(CORPUS.resolve("members/members-sample.xlsx").toString());
        driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("drop-error-rows"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-list"))).click();
        approveOpenList();
        signOut();

        String first = emailedPassword("do.duc.hai.1@example.org");
        signIn("09291496", first);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forced-notice")));
        type("oldPassword", first);
        type("newPassword", "yeu");
        type("confirmPassword", "yeu");
        driver.findElement(By.id("save-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newPassword-errors")));
        assertThat(driver.findElement(By.id("newPassword-errors")).getText()).contains("ít nhất 8 ký tự", "chữ hoa", "chữ số");
        firstPassword(first, "Đỗ-Đức-Hải-1975");
        driver.findElement(By.cssSelector("#account-menu summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Trang cá nhân"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile"), "Chi bộ Văn phòng"));

        assertThat(search("hien phap")).as("the title as the editor typed it").contains("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam");
        shot("search-hien-phap");
        assertThat(search("bao ve moi truong")).contains("Luật bảo vệ môi trường");
        open("/documents/" + internal);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-fields")));
        driver.findElement(By.cssSelector(".view-link")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pdf-viewer"), "data-ready", "true"));
        shot("pdf-viewer");
        open("/documents/" + internal);
        driver.findElement(By.cssSelector("#bookmark-" + internal + " button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#bookmark-" + internal + " button"), "Bỏ đánh dấu"));
        open("/documents/" + docx);
        String href = driver.findElement(By.cssSelector(".download-link")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"Luat-bao-chi-2016.docx\"; filename*=UTF-8''Lu%E1%BA%ADt%20b%C3%A1o%20ch%C3%AD%202016.docx");
        driver.findElement(By.cssSelector("#bookmark-" + docx + " button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#bookmark-" + docx + " button"), "Bỏ đánh dấu"));
        open("/bookmarks");
        assertThat(driver.findElement(By.id("bookmarks")).getText()).contains("Luật bảo vệ môi trường", "Luật báo chí");
        shot("bookmarks");
        signOut();

        String hvdt = emailedPassword(hvdtAddress());
        String hvdtCard = hvdtCard();
        signIn(hvdtCard, hvdt);
        firstPassword(hvdt, "Học-viện-Dân-tộc-1");
        assertThat(search("bao ve moi truong")).doesNotContain("Luật bảo vệ môi trường");
        open("/documents/" + internal);
        assertThat(driver.getTitle()).contains("Không tìm thấy");
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + hvdtCard + "\",\"password\":\"Học-viện-Dân-tộc-1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = login.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/documents/" + internal)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
    }

    /** The first member of HVDT-DT in the sample list (its e-mail and card number). */
    private static String[] hvdtRow() {
        try {
            for (String line : java.nio.file.Files.readAllLines(CORPUS.resolve("members/members-sample.csv"))) {
                String[] cells = line.split(",");
                if (cells.length >= 10 && cells[9].strip().equals("HVDT-DT")) {
                    return cells;
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no HVDT-DT member in the sample");
    }

    private static String hvdtAddress() {
        return hvdtRow()[5].strip();
    }

    private static String hvdtCard() {
        return hvdtRow()[2].strip();
    }
}
