package vn.sotay.account.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountSettings;

/**
 * Brute-force protection. Failures are counted per account name (whether the account exists or not, so the
 * answer reveals nothing) in the database, so every node sees them; after {@code freeFailures} each further
 * failure doubles a delay up to {@code maxDelay}, during which attempts are refused without checking the
 * password. A browser that once signed in successfully carries a signed device cookie and is counted under
 * its own key, so an attacker guessing a member's card number from elsewhere cannot keep the member out.
 * Each client address may also fail only {@code addressFailures} times per window (in memory, per node).
 */
@Component
public class LoginThrottle {

    private final ThrottleEntries entries;
    private final AccountSettings.Throttle settings;
    private final Clock clock;
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    LoginThrottle(ThrottleEntries entries, AccountSettings settings, Clock clock) {
        this.entries = entries;
        this.settings = settings.throttle();
        this.clock = clock;
    }

    public static String accountKey(String username) {
        return "u:" + bounded(username);
    }

    public static String deviceKey(String username, String deviceId) {
        return "d:" + bounded(username) + ":" + deviceId;
    }

    /** Account names longer than any real one (an attacker's 10,000 characters) are counted under their digest. */
    private static String bounded(String username) {
        return username.length() <= 64 ? username : "#" + Secrets.sha256(username);
    }

    /** Whether attempts under this key must wait; the time until which they must. */
    @Transactional(readOnly = true)
    public Instant blockedUntil(String key) {
        return state(key).blockedUntil();
    }

    /**
     * What is recorded under this key.
     *
     * @param recorded     whether there are failures to forget after a success
     * @param blockedUntil until when attempts must wait, or null
     */
    public record State(boolean recorded, Instant blockedUntil) {
    }

    @Transactional(readOnly = true)
    public State state(String key) {
        return entries.findById(key).map(e -> new State(true, e.getBlockedUntil() != null
                && e.getBlockedUntil().isAfter(clock.instant()) ? e.getBlockedUntil() : null)).orElse(new State(false, null));
    }

    public boolean addressBlocked(String address) {
        Bucket bucket = addresses.get(address);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String key, String address) {
        Instant now = clock.instant();
        ThrottleEntry entry = entries.findById(key).orElseGet(() -> new ThrottleEntry(key));
        int failures = entry.getFailures() + 1;
        Instant until = null;
        if (failures >= settings.freeFailures()) {
            int doublings = Math.min(failures - settings.freeFailures(), 30);
            long millis = Math.min(settings.baseDelay().toMillis() << doublings, settings.maxDelay().toMillis());
            until = now.plusMillis(millis);
        }
        entry.failed(now, until);
        entries.save(entry);
        addresses.computeIfAbsent(address, a -> newAddressBucket()).tryConsume(1);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String key) {
        entries.deleteById(key);
    }

    /** Lifts every delay of this account name, on every device: the office admin's "Mở khóa". */
    @Transactional
    public int unlock(String username) {
        String account = accountKey(username);
        int removed = entries.existsById(account) ? 1 : 0;
        entries.deleteById(account);
        return removed + entries.deleteByKeyPrefix(deviceKey(username, ""));
    }

    @Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    @Transactional
    public void forgetOldFailures() {
        entries.deleteStale(clock.instant().minus(1, ChronoUnit.DAYS));
        addresses.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= settings.addressFailures());
    }

    private Bucket newAddressBucket() {
        int n = settings.addressFailures();
        Duration window = settings.addressWindow();
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(n).refillGreedy(n, window).build()).build();
    }
}
