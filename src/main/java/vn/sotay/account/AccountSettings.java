package vn.sotay.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts and sign-in ({@code sotay.account.*}).
 *
 * @param initialPasswordValidity how long an e-mailed one-time initial password works
 * @param resetLinkValidity       how long a "Quên mật khẩu" link works
 * @param apiTokenValidity        how long a mobile API token works
 * @param hash                    Argon2id cost of long-term passwords (defaults equal Keycloak's)
 * @param throttle                brute-force protection
 * @param admin                   the office admin account created on first start
 */
@ConfigurationProperties("sotay.account")
public record AccountSettings(
        @DefaultValue("30d") Duration initialPasswordValidity,
        @DefaultValue("30m") Duration resetLinkValidity,
        @DefaultValue("7d") Duration apiTokenValidity,
        @DefaultValue Hash hash,
        @DefaultValue Throttle throttle) {

    /**
     * @param memoryKib   Argon2 memory in KiB
     * @param iterations  Argon2 passes
     * @param parallelism Argon2 lanes
     */
    public record Hash(
            @DefaultValue("7168") int memoryKib,
            @DefaultValue("5") int iterations,
            @DefaultValue("1") int parallelism) {
    }

    /**
     * @param freeFailures      failed sign-ins per account name (or per account on a trusted device) before delays start
     * @param baseDelay         the first delay; each further failure doubles it
     * @param maxDelay          the longest delay
     * @param addressFailures   failed sign-ins one client address may make in {@code addressWindow}
     * @param addressWindow     the window for {@code addressFailures}
     * @param deviceCookieDays  how long a browser that signed in successfully stays trusted
     */
    public record Throttle(
            @DefaultValue("5") int freeFailures,
            @DefaultValue("2s") Duration baseDelay,
            @DefaultValue("5m") Duration maxDelay,
            @DefaultValue("30") int addressFailures,
            @DefaultValue("15m") Duration addressWindow,
            @DefaultValue("180") int deviceCookieDays) {
    }
}
