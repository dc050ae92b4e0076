package vn.sotay.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.sotay.account.SignInResult.Outcome;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.ValidationException;
import vn.sotay.support.AppTest;
import vn.sotay.support.MutableClock;
import vn.sotay.support.TestClockConfig;

/** Sign-in, the one-time initial password, normalisation and throttling, on the real services and database. */
@SpringBootTest
@Import({TestClockConfig.class, SignInTest.CountingEncoder.class})
class SignInTest extends AppTest {

    /** Counts the Argon2id verifications of the real password encoder, which still does the work. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingEncoder {
        static final AtomicInteger ARGON2_CHECKS = new AtomicInteger();

        @Bean
        static BeanPostProcessor countArgon2Checks() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof PasswordEncoder real)) {
                        return bean;
                    }
                    return new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence raw) {
                            return real.encode(raw);
                        }

                        @Override
                        public boolean matches(CharSequence raw, String encoded) {
                            if (encoded != null && encoded.startsWith("{argon2}")) {
                                ARGON2_CHECKS.incrementAndGet();
                            }
                            return real.matches(raw, encoded);
                        }

                        @Override
                        public boolean upgradeEncoding(String encoded) {
                            return real.upgradeEncoding(encoded);
                        }
                    };
                }
            };
        }
    }


    @Autowired
    SignIn signIn;
    @Autowired
    PasswordChange passwordChange;
    @Autowired
    AccountManagement management;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();
    private int member;
    /** Each test signs in from its own address, as address limits are counted per node in memory. */
    private String ADDRESS;

    @BeforeEach
    void freshMember() {
        jdbc.update("delete from login_throttle");
        member = SEQUENCE.incrementAndGet();
        ADDRESS = "192.0.2." + member;
    }

    private SignInResult attempt(String user, String password) {
        return attempt(user, password, ADDRESS, null);
    }

    private SignInResult attempt(String user, String password, String address, String device) {
        return signIn.authenticate(new SignInAttempt(user, password, address, device, "test"));
    }

    /** A member with a long-term password (the first one set through "Đổi mật khẩu"). */
    private String activeMember(String password) {
        String username = String.format("%08d", 1000 + member);
        Account a = new Account(username, "Nguyễn Văn Thử");
        a.issueInitialSecret(SignIn.initialSecretHash(username, "Tạm-thời-9999!"), clock.instant().plus(Duration.ofDays(30)));
        accounts.saveAndFlush(a);
        passwordChange.change(a.getId(), new PasswordChangeRequest("Tạm-thời-9999!", password, password), ADDRESS, null);
        return username;
    }

    @Test
    void theInitialAdminPasswordOnlyLeadsToAPasswordChange() {
        SignInResult result = attempt("admin", ADMIN_INITIAL_PASSWORD);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.principal().mustChangePassword()).isTrue();
        assertThat(result.principal().roles()).containsExactly(AccountPrincipal.ROLE_PASSWORD_CHANGE);
    }

    @Test
    void aPasswordTypedInNfdOrWithSpacesSignsIn() {
        String user = activeMember("Mậtkhẩu1!");
        String nfd = Normalizer.normalize("Mậtkhẩu1!", Normalizer.Form.NFD);
        assertThat(attempt(user, nfd).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(attempt(" " + user + " ", "Mậtkhẩu1! ").outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(attempt(user, "mậtkhẩu1!").outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void afterAChangeTheInitialPasswordStopsWorkingAndTheNewOneIsALongTermMemberPassword() {
        String user = activeMember("Sotay@2026");
        assertThat(attempt(user, "Tạm-thời-9999!").outcome()).isEqualTo(Outcome.REFUSED);
        SignInResult ok = attempt(user, "Sotay@2026");
        assertThat(ok.principal().roles()).containsExactly(AccountPrincipal.ROLE_MEMBER);
        assertThat(accounts.findByUsername(user).orElseThrow().getPasswordHash()).startsWith("{argon2}");
    }

    @Test
    void anExpiredInitialPasswordIsRefused() {
        String username = "0909" + member;
        Account a = new Account(username, "Trần Thị Hết Hạn");
        a.issueInitialSecret(SignIn.initialSecretHash(username, "Hết-hạn-2026!"), clock.instant().plus(Duration.ofDays(30)));
        accounts.saveAndFlush(a);
        clock.advance(Duration.ofDays(31));
        assertThat(attempt(username, "Hết-hạn-2026!").outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void theChangeRefusesWeakSameAndMismatchedPasswordsWithOneErrorPerRule() {
        String user = activeMember("Sotay@2026");
        long id = accounts.findByUsername(user).orElseThrow().getId();
        assertThatThrownBy(() -> passwordChange.change(id, new PasswordChangeRequest("sai", "abc", "abd"), ADDRESS, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("oldPassword", "WRONG_OLD"),
                                org.assertj.core.groups.Tuple.tuple("newPassword", "TOO_SHORT"),
                                org.assertj.core.groups.Tuple.tuple("newPassword", "NO_UPPERCASE"),
                                org.assertj.core.groups.Tuple.tuple("newPassword", "NO_DIGIT"),
                                org.assertj.core.groups.Tuple.tuple("newPassword", "NO_SPECIAL"),
                                org.assertj.core.groups.Tuple.tuple("confirmPassword", "MISMATCH")));
        assertThatThrownBy(() -> passwordChange.change(id, new PasswordChangeRequest("Sotay@2026", "Sotay@2026", "Sotay@2026"), ADDRESS, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::code).containsExactly("SAME_AS_OLD"));
        assertThatThrownBy(() -> passwordChange.change(id, new PasswordChangeRequest("Sotay@2026", "Xx!" + user, "Xx!" + user), ADDRESS, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).containsExactly("Mật khẩu mới không được chứa số thẻ đảng viên (tên tài khoản)."));
        assertThat(attempt(user, "Sotay@2026").outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void repeatedFailuresDelayTheAccountButACorrectPasswordWorksAfterTheWait() {
        String user = activeMember("Sotay@2026");
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(user, "Sai-mat-khau-" + i).outcome()).isEqualTo(Outcome.REFUSED);
        }
        assertThat(attempt(user, "Sotay@2026").outcome()).as("blocked right after the fifth failure").isEqualTo(Outcome.THROTTLED);
        clock.advance(Duration.ofSeconds(3));
        assertThat(attempt(user, "Sotay@2026").outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void delaysGrowExponentiallyUpToTheMaximum() {
        String user = activeMember("Sotay@2026");
        for (int i = 0; i < 12; i++) {
            attempt(user, "sai");
            clock.advance(Duration.ofMinutes(10));
        }
        attempt(user, "sai"); // the 13th failure: 2 s doubled 8 times is past the 5-minute cap
        clock.advance(Duration.ofMinutes(4));
        assertThat(attempt(user, "Sotay@2026").outcome()).isEqualTo(Outcome.THROTTLED);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(attempt(user, "Sotay@2026").outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void unknownAccountsAreThrottledExactlyLikeRealOnesSoNothingIsRevealed() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("99999999", "sai").outcome()).isEqualTo(Outcome.REFUSED);
        }
        assertThat(attempt("99999999", "sai").outcome()).isEqualTo(Outcome.THROTTLED);
    }

    @Test
    void theMembersOwnBrowserStillSignsInWhileAnAttackerIsBlocked() {
        String user = activeMember("Sotay@2026");
        String device = attempt(user, "Sotay@2026").deviceCookie();
        for (int i = 0; i < 6; i++) {
            attempt(user, "doan-mo-" + i, "198.51.100." + i, null);
        }
        assertThat(attempt(user, "Sotay@2026", "198.51.100.99", null).outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(attempt(user, "Sotay@2026", ADDRESS, device).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(attempt(user, "Sotay@2026", ADDRESS, device + "x").outcome()).as("a forged cookie is ignored")
                .isEqualTo(Outcome.THROTTLED);
    }

    @Test
    void oneClientAddressCannotGuessAcrossManyAccounts() {
        for (int i = 0; i < 30; i++) {
            attempt(String.format("7%07d", i), "sai", "203.0.113.7", null);
        }
        assertThat(attempt("admin", ADMIN_INITIAL_PASSWORD, "203.0.113.7", null).outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(attempt("admin", ADMIN_INITIAL_PASSWORD, ADDRESS, null).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void theOfficeAdminCanUnlockAThrottledAccount() {
        String user = activeMember("Sotay@2026");
        for (int i = 0; i < 6; i++) {
            attempt(user, "sai");
        }
        assertThat(attempt(user, "Sotay@2026").outcome()).isEqualTo(Outcome.THROTTLED);
        Account admin = accounts.findByUsername("admin").orElseThrow();
        management.unlock(AccountPrincipal.of(admin), user);
        assertThat(attempt(user, "Sotay@2026").outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void absurdlyLongAccountNamesAreRefusedAndThrottledLikeAnyOther() {
        String huge = "9".repeat(10_000);
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(huge, "sai").outcome()).isEqualTo(Outcome.REFUSED);
        }
        assertThat(attempt(huge, "sai").outcome()).isEqualTo(Outcome.THROTTLED);
    }

    /** Unknown, long-term password, unused one-time password: a wrong password costs one Argon2id check in each case. */
    @Test
    void aWrongPasswordDoesTheSameArgon2WorkWhateverTheAccount() {
        String longTerm = activeMember("Sotay@2026");
        String oneTime = "0707" + String.format("%04d", member);
        Account a = new Account(oneTime, "Phan Văn Chưa Dùng");
        a.issueInitialSecret(SignIn.initialSecretHash(oneTime, "Một-lần-2026!"), clock.instant().plus(Duration.ofDays(30)));
        accounts.saveAndFlush(a);
        for (String user : List.of("6060" + String.format("%04d", member), longTerm, oneTime)) {
            int before = CountingEncoder.ARGON2_CHECKS.get();
            assertThat(attempt(user, "Sai-mật-khẩu-1").outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(CountingEncoder.ARGON2_CHECKS.get() - before).as(user).isEqualTo(1);
        }
    }

    @Test
    void aDisabledAccountIsRefusedWithTheSameAnswer() {
        String user = activeMember("Sotay@2026");
        Account a = accounts.findByUsername(user).orElseThrow();
        a.setEnabled(false);
        accounts.saveAndFlush(a);
        assertThat(attempt(user, "Sotay@2026").outcome()).isEqualTo(Outcome.REFUSED);
    }
}
