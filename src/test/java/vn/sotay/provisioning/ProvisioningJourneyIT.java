package vn.sotay.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import vn.sotay.account.Account;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.Accounts;
import vn.sotay.account.PasswordChange;
import vn.sotay.account.PasswordChangeRequest;
import vn.sotay.account.TestAccounts;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.support.AppTest;
import vn.sotay.support.Browser;
import vn.sotay.support.ScreenshotOnFailure;

/**
 * The seed's process in a real browser: the unit admin of UBDT uploads the sample .xlsx, sees the validation report
 * (members of another unit are errors), drops those rows and sends the list; the office admin approves it and
 * watches the progress bar until every account is issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sotay.provisioning.chunk-size=5")
class ProvisioningJourneyIT extends AppTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountManagement management;
    @Autowired
    PasswordChange passwordChange;
    @Autowired
    OrganizationManagement organizations;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    Clock clock;

    private WebDriver driver;
    private WebDriverWait wait;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> driver);

    @BeforeEach
    void setUp() throws Exception {
        ProvisioningFixture.importTree(organizations, directory);
        Account admin = accounts.findByUsername("admin").orElseThrow();
        passwordChange.change(admin.getId(), new PasswordChangeRequest(ADMIN_INITIAL_PASSWORD, "Văn-phòng-2026", "Văn-phòng-2026"), "t", null);
        Account unit = TestAccounts.memberWithInitialPassword(accounts, clock, "88000001", "Bùi Thị Chi Ủy", "Một-lần-2026!");
        unit.setOrganizationId(directory.findByCode("UBDT-VP").orElseThrow().id());
        accounts.saveAndFlush(unit);
        passwordChange.change(unit.getId(), new PasswordChangeRequest("Một-lần-2026!", "Đơn-vị-2026", "Đơn-vị-2026"), "t", null);
        management.grantUnitAdmin(ProvisioningFixture.office(accounts), "88000001", "UBDT");
        driver = Browser.start(Browser.DESKTOP);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void signIn(String user, String password) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Trang chủ"));
    }

    private void openMenu(String item) {
        driver.findElement(By.cssSelector("#account-menu summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(item))).click();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void aUnitUploadsTheSampleAndTheOfficeApprovesIt() {
        signIn("88000001", "Đơn-vị-2026");
        openMenu("Danh sách đảng viên");
        WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        file.sendKeys(Path.of("../shared/corpus/members/members-sample.xlsx").toAbsolutePath().normalize().toString());
        driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list-summary")));
        assertThat(text("row-count")).isEqualTo("60");
        assertThat(text("error-count")).isEqualTo("20");
        assertThat(text("errors-table")).contains("Mã tổ chức «HVDT-DT» nằm ngoài phạm vi quản lý của đồng chí.");
        assertThat(driver.findElements(By.id("submit-list"))).isEmpty();
        Browser.screenshot(driver, "10-provisioning-report");

        driver.findElement(By.id("drop-error-rows")).click();
        wait.until(ExpectedConditions.textToBe(By.id("row-count"), "40"));
        assertThat(text("error-count")).isEqualTo("0");
        driver.findElement(By.id("submit-list")).click();
        wait.until(ExpectedConditions.textToBe(By.id("list-status"), "Đã gửi"));

        driver.findElement(By.cssSelector("#account-menu summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".menu-logout button"))).click();
        signIn("admin", "Văn-phòng-2026");
        openMenu("Danh sách đảng viên");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#lists-table a"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("approve-list"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuance-progress")));
        Browser.screenshot(driver, "11-provisioning-progress");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("issuance-status"), "Đã cấp xong: 40/40"));
        Browser.screenshot(driver, "12-provisioning-done");
        assertThat(accounts.findByUsername("09291496")).isPresent();
        assertThat(accounts.findByUsername("09291496").orElseThrow().isMustChangePassword()).isTrue();
    }
}
