package vn.sotay.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token of the mobile API, stored as its SHA-256 digest. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    /** Issued while the account must change its password: good for nothing else. */
    @Column(nullable = false)
    private boolean restricted;

    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, long accountId, boolean restricted, int credentialsVersion, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.restricted = restricted;
        this.credentialsVersion = credentialsVersion;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** After a password change through this token: it stays valid under the new password, unrestricted. */
    public void rebind(int newCredentialsVersion) {
        this.credentialsVersion = newCredentialsVersion;
        this.restricted = false;
    }
}
