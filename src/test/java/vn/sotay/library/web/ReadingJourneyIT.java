package vn.sotay.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.PasswordChange;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.DocumentStatus;
import vn.sotay.library.LibraryFixture;
import vn.sotay.library.Viewers;
import vn.sotay.support.AppTest;
import vn.sotay.support.Browser;
import vn.sotay.support.ScreenshotOnFailure;

/**
 * A member on a phone: opens a PDF in the viewer (pages, zoom, find), downloads it, bookmarks it with one tap
 * (no reload) and finds it on "Tài liệu đã đánh dấu".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadingJourneyIT extends AppTest {

    @LocalServerPort
    int port;
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

    private WebDriver driver;
    private WebDriverWait wait;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> driver);

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(Browser.PHONE);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    @Test
    void aMemberReadsDownloadsAndBookmarksAPdfOnAPhone() throws Exception {
        LibraryFixture fixture = new LibraryFixture(jdbc, accounts, passwords, clock, management, viewers);
        fixture.organizations();
        AccountPrincipal office = fixture.member("30000001", "Văn Phòng Đăng", LibraryFixture.ORG_A, true, null);
        fixture.member("30000002", "Nguyễn Thị Đọc", LibraryFixture.ORG_X, false, null);
        long id = fixture.document(office, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", null,
                DocumentStatus.PUBLISHED, "hien-phap.pdf");
        long docx = fixture.document(office, "Luật báo chí", null, DocumentStatus.PUBLISHED, "luat-bao-chi.docx");

        open("/login");
        driver.findElement(By.id("username")).sendKeys("30000002");
        driver.findElement(By.id("password")).sendKeys(LibraryFixture.PASSWORD);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Trang chủ"));
        Browser.screenshot(driver, "library-01-home-phone");

        click(By.linkText("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-fields")));
        assertThat(driver.findElement(By.id("view-count")).getText()).isEqualTo("1");
        Browser.screenshot(driver, "library-02-document-phone");

        click(By.cssSelector(".view-link"));
        wait.until(ExpectedConditions.attributeToBe(By.id("pdf-viewer"), "data-ready", "true"));
        wait.until(d -> d.findElements(By.cssSelector(".textLayer span")).size() > 10);
        int pages = Integer.parseInt(driver.findElement(By.id("pdf-viewer")).getAttribute("data-pages"));
        assertThat(pages).isGreaterThan(1);
        Browser.screenshot(driver, "library-03-pdf-viewer-phone");
        click(By.id("pdf-next"));
        wait.until(ExpectedConditions.attributeToBe(By.id("pdf-page"), "value", "2"));
        click(By.id("pdf-zoom-in"));
        WebElement find = driver.findElement(By.id("pdf-find"));
        find.sendKeys("Tổ quốc");
        click(By.id("pdf-find-next"));
        wait.until(d -> {
            String m = d.findElement(By.id("pdf-viewer")).getAttribute("data-matches");
            return m != null && Integer.parseInt(m) > 0;
        });
        wait.until(d -> !d.findElements(By.cssSelector(".textLayer .highlight")).isEmpty());
        Browser.screenshot(driver, "library-04-pdf-find-phone");

        String href = driver.findElement(By.cssSelector(".download-link")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"hien-phap.pdf\"; filename*=UTF-8''hien-phap.pdf");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(LibraryFixture.corpusFile("hien-phap.pdf")));

        open("/documents/" + id);
        String before = driver.getCurrentUrl();
        WebElement toggle = driver.findElement(By.cssSelector("#bookmark-" + id + " button"));
        assertThat(toggle.getText()).contains("Đánh dấu xem sau");
        driver.findElement(By.tagName("body")).getAttribute("class");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.body.dataset.marker = 'same-page'");
        toggle.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#bookmark-" + id + " button"), "Bỏ đánh dấu"));
        assertThat(driver.getCurrentUrl()).isEqualTo(before);
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-marker")).as("no reload").isEqualTo("same-page");
        assertThat(driver.findElement(By.id("download-count")).getText()).isEqualTo("1");
        Browser.screenshot(driver, "library-05-bookmarked-phone");

        driver.findElement(By.cssSelector("#account-menu summary")).click();
        click(By.linkText("Tài liệu đã đánh dấu"));
        wait.until(ExpectedConditions.titleContains("Tài liệu đã đánh dấu"));
        assertThat(driver.findElement(By.id("bookmarks")).getText()).contains("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam");
        Browser.screenshot(driver, "library-06-bookmarks-phone");

        open("/documents?sort=title");
        assertThat(driver.findElement(By.id("documents")).getText()).contains("Luật báo chí", "Hiến pháp");
        Browser.screenshot(driver, "library-07-list-phone");
        open("/documents/" + docx + "/files/" + fixture.firstFileId(docx) + "/view");
        assertThat(driver.findElement(By.id("preview")).getText()).contains("Quốc hội ban hành Luật báo chí");
        Browser.screenshot(driver, "library-08-docx-preview-phone");

        click(By.cssSelector("#account-menu summary"));
        click(By.linkText("Đã xem gần đây"));
        wait.until(ExpectedConditions.titleContains("Đã xem gần đây"));
        assertThat(driver.findElement(By.id("recent")).getText()).contains("Hiến pháp");
    }
}
