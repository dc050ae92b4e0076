package vn.sotay.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountEvents.InitialAdminCreated;
import vn.sotay.account.internal.Secrets;
import vn.sotay.account.password.PasswordPolicy;
import vn.sotay.account.password.Passwords;
import vn.sotay.shared.SotaySettings;

/**
 * On first start with no account, creates the office admin {@code admin} with a one-time initial password:
 * {@code SOTAY_ADMIN_INITIAL_PASSWORD} when set, otherwise a random one printed once in the log and written to
 * {@code <data-dir>/initial-admin-password.txt}.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final Accounts accounts;
    private final AccountSettings settings;
    private final SotaySettings sotay;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String configuredPassword;

    InitialAdmin(Accounts accounts, AccountSettings settings, SotaySettings sotay, PasswordPolicy policy,
            ApplicationEventPublisher events, Clock clock,
            @Value("${sotay.admin.initial-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.settings = settings;
        this.sotay = sotay;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.count() > 0) {
            return;
        }
        String configured = Passwords.normalize(configuredPassword);
        String password = configured.isEmpty() ? Secrets.oneTimePassword(policy.settings().minLength()) : configured;
        Account admin = new Account("admin", "Quản trị hệ thống");
        admin.setOfficeAdmin(true);
        admin.issueInitialSecret(SignIn.initialSecretHash("admin", password),
                clock.instant().plus(settings.initialPasswordValidity()));
        accounts.save(admin);
        events.publishEvent(new InitialAdminCreated("admin"));
        if (configured.isEmpty()) {
            Path file = sotay.dataDir().resolve("initial-admin-password.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            vn.sotay.account.internal.ServerSecretFiles.restrict(file);
            LOG.warn("""

                    ==========================================================
                     Tài khoản quản trị / office admin account: admin
                     Mật khẩu dùng một lần / one-time password: {}
                     (also written to {})
                     Đổi mật khẩu ngay khi đăng nhập lần đầu.
                    ==========================================================""", password, file.toAbsolutePath());
        } else {
            LOG.info("Created the office admin account 'admin' with the initial password from SOTAY_ADMIN_INITIAL_PASSWORD");
        }
    }
}
