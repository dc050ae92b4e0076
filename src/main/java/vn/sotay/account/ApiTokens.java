package vn.sotay.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountEvents.SignedOut;
import vn.sotay.account.internal.ApiToken;
import vn.sotay.account.internal.ApiTokenStore;
import vn.sotay.account.internal.Secrets;

/** Bearer tokens for the mobile API: random, stored hashed, expiring, revoked at sign-out and password change. */
@Service
public class ApiTokens {

    /** The request attribute holding the id of the token that authenticated an API request. */
    public static final String TOKEN_ID_ATTRIBUTE = "sotay.apiTokenId";

    private final ApiTokenStore store;
    private final Accounts accounts;
    private final AccountSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, Accounts accounts, AccountSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A token issued to a client; {@code value} is shown once and never stored. */
    public record IssuedToken(String value, Instant expiresAt, boolean mustChangePassword) {
    }

    /** An authenticated API caller. */
    public record TokenPrincipal(long tokenId, AccountPrincipal account) {
    }

    @Transactional
    public IssuedToken issue(AccountPrincipal principal) {
        String value = Secrets.token();
        Instant now = clock.instant();
        Instant expires = now.plus(settings.apiTokenValidity()).truncatedTo(ChronoUnit.SECONDS);
        store.save(new ApiToken(Secrets.sha256(value), principal.id(), principal.mustChangePassword(),
                principal.credentialsVersion(), now, expires));
        return new IssuedToken(value, expires, principal.mustChangePassword());
    }

    /** The caller behind a token that is unexpired, unrevoked and issued under the account's current password. */
    @Transactional(readOnly = true)
    public Optional<TokenPrincipal> authenticate(String value) {
        if (value == null || value.length() < 20 || value.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.findByTokenHash(Secrets.sha256(value))
                .filter(t -> t.isUsable(now))
                .flatMap(t -> accounts.findById(t.getAccountId())
                        .filter(Account::isEnabled)
                        .filter(a -> a.getCredentialsVersion() == t.getCredentialsVersion())
                        .map(a -> new TokenPrincipal(t.getId(), AccountPrincipal.of(a))));
    }

    @Transactional
    public void revoke(long tokenId, String username, String clientAddress) {
        store.findById(tokenId).ifPresent(t -> t.revoke(clock.instant()));
        events.publishEvent(new SignedOut(username, clientAddress, "api"));
    }

    /** Ends every token of the account but {@code keepTokenId}, which is rebound to the new password. */
    @Transactional
    void revokeAllExcept(long accountId, Long keepTokenId, int newCredentialsVersion) {
        store.revokeAllExcept(accountId, keepTokenId, clock.instant());
        if (keepTokenId != null) {
            store.findById(keepTokenId).ifPresent(t -> t.rebind(newCredentialsVersion));
        }
    }

    @Scheduled(fixedDelay = 6, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    @Transactional
    public void deleteExpired() {
        store.deleteExpired(clock.instant().minus(1, ChronoUnit.DAYS));
    }
}
