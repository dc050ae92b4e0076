package vn.sotay.account.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ThrottleEntries extends JpaRepository<ThrottleEntry, String> {

    @Modifying
    @Query("delete from ThrottleEntry t where t.key like concat(:prefix, '%')")
    int deleteByKeyPrefix(String prefix);

    @Modifying
    @Query("delete from ThrottleEntry t where t.lastFailureAt < :before and (t.blockedUntil is null or t.blockedUntil < :before)")
    int deleteStale(Instant before);
}
