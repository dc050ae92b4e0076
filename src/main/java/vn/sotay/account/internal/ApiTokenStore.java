package vn.sotay.account.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenStore extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("update ApiToken t set t.revokedAt = :now where t.accountId = :accountId and t.revokedAt is null and (:keep is null or t.id <> :keep)")
    int revokeAllExcept(long accountId, Long keep, Instant now);

    @Modifying
    @Query("delete from ApiToken t where t.expiresAt < :before")
    int deleteExpired(Instant before);
}
