package vn.sotay.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import vn.sotay.account.AccountSettings;

/**
 * Signed "this browser signed in as X before" cookies: {@code deviceId.username.expiry.signature}. They carry
 * no authority; they only let the sign-in throttle count the member's own browser apart from attackers.
 */
@Component
public class DeviceCookies {

    private final ServerSecret secret;
    private final AccountSettings.Throttle settings;
    private final Clock clock;

    DeviceCookies(ServerSecret secret, AccountSettings settings, Clock clock) {
        this.secret = secret;
        this.settings = settings.throttle();
        this.clock = clock;
    }

    public String issue(String username) {
        String deviceId = Secrets.token().substring(0, 22);
        long expiry = clock.instant().plus(settings.deviceCookieDays(), ChronoUnit.DAYS).getEpochSecond();
        String payload = deviceId + "." + username + "." + expiry;
        return payload + "." + secret.sign(payload);
    }

    /** The device id when the cookie is genuine, unexpired and issued to this account name; otherwise null. */
    public String deviceIdFor(String cookie, String username) {
        if (cookie == null || username == null) {
            return null;
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 4 || !parts[1].equals(username)) {
            return null;
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!Secrets.sameDigest(secret.sign(payload), parts[3])) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(clock.instant()) ? parts[0] : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
