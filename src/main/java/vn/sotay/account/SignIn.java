package vn.sotay.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.account.AccountEvents.SignInFailed;
import vn.sotay.account.AccountEvents.SignInSucceeded;
import vn.sotay.account.AccountEvents.SignInThrottled;
import vn.sotay.account.internal.DeviceCookies;
import vn.sotay.account.internal.LoginThrottle;
import vn.sotay.account.internal.Secrets;
import vn.sotay.account.password.Passwords;
import vn.sotay.shared.Texts;

/**
 * Checks a user name and password, with throttling, for the sign-in page and the API alike. The outcome
 * tells the caller only "signed in", "refused" or "wait": never whether the account exists.
 */
@Service
public class SignIn {

    /** A hash to verify against when the account has no long-term password, so every case takes the same time. */
    private final String dummyHash;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SignIn(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, DeviceCookies devices,
            ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.devices = devices;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.dummyHash = encoder.encode(Secrets.token());
    }

    /** The form a user name is stored and compared in: NFC, trimmed, lower case. */
    public static String normalizeUsername(String raw) {
        String value = Texts.nfcTrim(raw);
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    public SignInResult authenticate(SignInAttempt attempt) {
        String username = normalizeUsername(attempt.username());
        String password = Passwords.normalize(attempt.password());
        String address = attempt.clientAddress();
        String deviceId = devices.deviceIdFor(attempt.deviceCookie(), username);
        String key = deviceId == null ? LoginThrottle.accountKey(username) : LoginThrottle.deviceKey(username, deviceId);

        if (throttle.addressBlocked(address)) {
            events.publishEvent(new SignInThrottled(username, address, "địa chỉ máy"));
            return SignInResult.throttled();
        }
        LoginThrottle.State recorded = throttle.state(key);
        if (recorded.blockedUntil() != null) {
            events.publishEvent(new SignInThrottled(username, address, deviceId == null ? "tài khoản" : "thiết bị"));
            return SignInResult.throttled();
        }
        Optional<String> failure = verify(username, password);
        if (failure.isPresent()) {
            throttle.recordFailure(key, address);
            events.publishEvent(new SignInFailed(username, address, failure.get()));
            return SignInResult.refused();
        }
        if (recorded.recorded()) {
            throttle.reset(key);
        }
        AccountPrincipal principal = tx.execute(status -> {
            Account account = accounts.findByUsername(username).orElseThrow();
            account.signedIn(clock.instant());
            if (account.getPasswordHash() != null && encoder.upgradeEncoding(account.getPasswordHash())) {
                account.upgradeHash(encoder.encode(password));
            }
            events.publishEvent(new SignInSucceeded(username, address, attempt.channel()));
            return AccountPrincipal.of(account);
        });
        return SignInResult.success(principal, devices.issue(username));
    }

    /**
     * Empty when the password is right; otherwise the reason, for the audit log only. Every case does the same
     * Argon2id work (an unknown account or one on its one-time password verifies against a dummy hash), so the time
     * of a refusal reveals neither whether the account exists nor whether it still waits for its first sign-in.
     */
    private Optional<String> verify(String username, String password) {
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            return Optional.of("tài khoản không tồn tại");
        }
        Account account = found.get();
        if (account.getPasswordHash() != null) {
            boolean ok = encoder.matches(password, account.getPasswordHash());
            if (!ok) {
                return Optional.of("sai mật khẩu");
            }
        } else {
            encoder.matches(password, dummyHash);
            if (!matchesInitialSecret(account, password)) {
                return Optional.of(account.getInitialSecretHash() == null ? "chưa có mật khẩu"
                        : expired(account) ? "mật khẩu ban đầu đã hết hạn" : "sai mật khẩu ban đầu");
            }
        }
        return account.isEnabled() ? Optional.empty() : Optional.of("tài khoản bị vô hiệu");
    }

    private boolean matchesInitialSecret(Account account, String password) {
        if (account.getInitialSecretHash() == null || expired(account)) {
            return false;
        }
        return Secrets.sameDigest(account.getInitialSecretHash(), initialSecretHash(account.getUsername(), password));
    }

    private boolean expired(Account account) {
        Instant expiry = account.getInitialSecretExpiresAt();
        return expiry != null && !expiry.isAfter(clock.instant());
    }

    /** Whether the old password (long-term or one-time) is right for this account. */
    boolean passwordMatches(Account account, String normalizedPassword) {
        if (account.getPasswordHash() != null) {
            return encoder.matches(normalizedPassword, account.getPasswordHash());
        }
        return matchesInitialSecret(account, normalizedPassword);
    }

    /**
     * The digest of a one-time initial password. Such a secret has more than 90 random bits, so a fast
     * digest is as safe for it as for a reset token, and issuing 100,000 accounts takes seconds.
     */
    static String initialSecretHash(String username, String secret) {
        return Secrets.sha256("sotay-initial:" + username + ":" + secret);
    }

    /** Whether a principal kept in a session still matches the account: same password, not disabled. */
    public boolean isCurrent(AccountPrincipal principal) {
        return accounts.findActiveCredentialsVersion(principal.id())
                .map(v -> v == principal.credentialsVersion()).orElse(false);
    }
}
