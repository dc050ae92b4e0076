package vn.sotay.account.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResetTokens extends JpaRepository<ResetToken, Long> {

    Optional<ResetToken> findByTokenHash(String tokenHash);

    boolean existsByAccountIdAndCreatedAtAfter(long accountId, Instant after);

    @Modifying
    @Query("update ResetToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null")
    int invalidateAll(long accountId, Instant now);
}
