package vn.sotay.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
import vn.sotay.search.ExtractionState;
import vn.sotay.search.ExtractionStates;
import vn.sotay.support.AppTest;
import vn.sotay.support.Browser;
import vn.sotay.support.ScreenshotOnFailure;

/**
 * A member on a phone searches: suggestions appear under the header box as she types, the results page updates
 * as she types without diacritics (htmx), the URL keeps the query, a facet narrows the results, and an internal
 * document of another cell never appears.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sotay.search.extraction-interval=1s")
class SearchJourneyIT extends AppTest {

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
    @Autowired
    ExtractionStates extraction;

    private WebDriver driver;
    private WebDriverWait wait;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> driver);

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(Browser.PHONE);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aMemberSearchesAsSheTypesOnAPhone() {
        LibraryFixture fixture = new LibraryFixture(jdbc, accounts, passwords, clock, management, viewers);
        fixture.organizations();
        AccountPrincipal office = fixture.member("40000001", "Văn Phòng Tìm", LibraryFixture.ORG_A, true, null);
        fixture.member("40000002", "Nguyễn Thị Tìm", LibraryFixture.ORG_Y, false, null);
        long constitution = fixture.document(office, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", null,
                DocumentStatus.PUBLISHED, "hien-phap.pdf");
        fixture.document(office, "Hiến kế nội bộ chi bộ X", "CBX", DocumentStatus.PUBLISHED);
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(2))
                .until(() -> extraction.overview().count(ExtractionState.DONE) == 1);

        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("40000002");
        driver.findElement(By.id("password")).sendKeys(LibraryFixture.PASSWORD);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Trang chủ"));

        driver.findElement(By.id("site-q")).sendKeys("hien ph");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#site-suggest .suggestions a")));
        assertThat(driver.findElement(By.id("site-suggest")).getText()).contains("Hiến pháp").doesNotContain("nội bộ");
        Browser.screenshot(driver, "search-01-suggestions-phone");
        driver.findElement(By.cssSelector(".header-search button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Tìm kiếm"));
        assertThat(driver.getCurrentUrl()).contains("q=hien+ph");

        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys("quyen con nguoi");
        wait.until(d -> java.net.URLDecoder.decode(d.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("q=quyen con nguoi"));
        wait.until(d -> !d.findElements(By.cssSelector("#search-results .snippet mark")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#search-results .doc-title")).getText()).startsWith("Hiến pháp");
        assertThat(driver.findElement(By.id("search-results")).getText()).doesNotContain("nội bộ");
        Browser.screenshot(driver, "search-02-results-phone");

        driver.findElement(By.cssSelector(".facets a")).click();
        wait.until(d -> d.getCurrentUrl().contains("type="));
        assertThat(driver.findElements(By.cssSelector("[data-document-id='" + constitution + "']"))).isNotEmpty();

        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("quyen con nguoi");
    }
}
