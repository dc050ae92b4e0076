package vn.sotay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import vn.sotay.account.Account;
import vn.sotay.account.Accounts;
import vn.sotay.account.TestAccounts;
import vn.sotay.support.AppTest;
import vn.sotay.support.Browser;
import vn.sotay.support.ScreenshotOnFailure;

/**
 * The seed's four steps in a real browser on a phone-sized screen: sign in with the e-mailed password, the
 * forced "Đổi mật khẩu", the Party flag menu, "Trang cá nhân", a weak password refused rule by rule, a good one
 * saved, "Đăng xuất", and signing in with the new password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyIT extends AppTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    private WebDriver driver;
    private WebDriverWait wait;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> driver);

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(Browser.PHONE);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void memberOfCell() {
        jdbc.update("insert into organization (id, code, name, parent_id, path, depth, created_at) values "
                + "(900001, 'UBDT', 'Đảng bộ cơ quan Ủy ban Dân tộc', null, '/900001/', 0, current_timestamp)");
        jdbc.update("insert into organization (id, code, name, parent_id, path, depth, created_at) values "
                + "(900002, 'UBDT-VP', 'Chi bộ Văn phòng', 900001, '/900001/900002/', 1, current_timestamp)");
        Account a = TestAccounts.memberWithInitialPassword(accounts, clock, "00012345", "Nguyễn Thị Hồng Nhung", "Cấp-lần-đầu-7!");
        a.setBirthDate(LocalDate.of(1968, 3, 8));
        a.setGender("Nữ");
        a.setEmail("hong.nhung@example.org");
        a.setPhone("0912345678");
        a.setJoinedOn(LocalDate.of(1995, 5, 19));
        a.setOfficialOn(LocalDate.of(1996, 5, 19));
        a.setOrganizationId(900002L);
        accounts.saveAndFlush(a);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type("username", user);
        type("password", password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    }

    private void openFlagMenu(String item) {
        driver.findElement(By.cssSelector("#account-menu summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(item))).click();
    }

    private List<String> errorsOf(String field) {
        return driver.findElements(By.cssSelector("#" + field + "-errors li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theSeedsFourStepsOnAPhone() {
        memberOfCell();
        open("/");
        assertThat(driver.getTitle()).contains("Đăng nhập");
        Browser.screenshot(driver, "01-sign-in-phone");

        signIn("00012345", "Cấp-lần-đầu-7!");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forced-notice")));
        type("oldPassword", "Cấp-lần-đầu-7!");
        type("newPassword", "hongnhung");
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("li[data-rule=NO_DIGIT]"), "class", "unmet"));
        Browser.screenshot(driver, "02-live-hints");
        type("confirmPassword", "hongnhung");
        driver.findElement(By.id("save-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newPassword-errors")));
        assertThat(errorsOf("newPassword")).containsExactly(
                "Mật khẩu mới phải có ít nhất 1 chữ hoa.",
                "Mật khẩu mới phải có ít nhất 1 chữ số.",
                "Mật khẩu mới phải có ít nhất 1 ký tự đặc biệt (ví dụ ! @ # $ % . ?).");
        Browser.screenshot(driver, "03-weak-password-refused");

        type("oldPassword", "Cấp-lần-đầu-7!");
        type("newPassword", "Hồng-Nhung-1968");
        type("confirmPassword", "Hồng-Nhung-1968");
        driver.findElement(By.id("save-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-saved")));

        openFlagMenu("Trang cá nhân");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile")));
        String profile = driver.findElement(By.id("profile")).getText();
        assertThat(profile).contains("Nguyễn Thị Hồng Nhung", "00012345", "08/03/1968", "Nữ", "hong.nhung@example.org",
                "0912345678", "Đảng bộ cơ quan Ủy ban Dân tộc", "Chi bộ Văn phòng", "19/05/1995", "19/05/1996", "Đảng viên");
        driver.findElement(By.cssSelector("#account-menu summary")).click();
        Browser.screenshot(driver, "04-profile-flag-menu-phone");
        driver.findElement(By.cssSelector("#account-menu summary")).click();

        openFlagMenu("Đổi mật khẩu");
        type("oldPassword", "Hồng-Nhung-1968");
        type("newPassword", "ngắn");
        type("confirmPassword", "khác");
        driver.findElement(By.id("save-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newPassword-errors")));
        assertThat(errorsOf("newPassword")).containsExactly(
                "Mật khẩu mới phải có ít nhất 8 ký tự.",
                "Mật khẩu mới phải có ít nhất 1 chữ hoa.",
                "Mật khẩu mới phải có ít nhất 1 chữ số.",
                "Mật khẩu mới phải có ít nhất 1 ký tự đặc biệt (ví dụ ! @ # $ % . ?).");
        assertThat(errorsOf("confirmPassword")).containsExactly("Hai lần nhập mật khẩu mới không khớp nhau.");

        type("oldPassword", "Hồng-Nhung-1968");
        type("newPassword", "Đảng-viên-2026");
        type("confirmPassword", "Đảng-viên-2026");
        driver.findElement(By.id("save-password")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-saved")));

        driver.findElement(By.cssSelector("#account-menu summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".menu-logout button"))).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));

        signIn("00012345", "Hồng-Nhung-1968");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        signIn("00012345", "Đảng-viên-2026");
        wait.until(ExpectedConditions.titleContains("Trang chủ"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Nguyễn Thị Hồng Nhung");
    }
}
