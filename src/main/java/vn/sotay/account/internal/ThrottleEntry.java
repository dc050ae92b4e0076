package vn.sotay.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed sign-ins counted under one key (an account name, or an account name on one trusted device). */
@Entity
@Table(name = "login_throttle")
public class ThrottleEntry {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected ThrottleEntry() {
    }

    ThrottleEntry(String key) {
        this.key = key;
    }

    String getKey() {
        return key;
    }

    int getFailures() {
        return failures;
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }

    void failed(Instant now, Instant blockedUntil) {
        this.failures++;
        this.lastFailureAt = now;
        this.blockedUntil = blockedUntil;
    }
}
