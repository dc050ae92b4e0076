package vn.sotay.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Repository of outbox messages. State changes are conditional bulk updates: each names the state it expects,
 * and its row count says whether this node won.
 */
interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m.id from OutboxMessage m where m.status = vn.sotay.mail.OutboxStatus.PENDING
            and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id""")
    List<Long> findDue(Instant now, Limit limit);

    @Modifying
    @Query("""
            update OutboxMessage m set m.status = vn.sotay.mail.OutboxStatus.SENDING, m.claimedAt = :now,
            m.version = m.version + 1 where m.id = :id and m.status = vn.sotay.mail.OutboxStatus.PENDING""")
    int claim(long id, Instant now);

    @Modifying
    @Query("""
            update OutboxMessage m set m.status = vn.sotay.mail.OutboxStatus.SENT, m.sentAt = :now,
            m.claimedAt = null, m.lastError = null, m.version = m.version + 1,
            m.body = case when m.sensitive = true then :redacted else m.body end
            where m.id in :ids and m.status = vn.sotay.mail.OutboxStatus.SENDING and m.claimedAt = :claimedAt""")
    int markSent(Collection<Long> ids, Instant claimedAt, Instant now, String redacted);

    @Modifying
    @Query("""
            update OutboxMessage m set m.status = :status, m.attempts = m.attempts + 1, m.nextAttemptAt = :next,
            m.lastError = :error, m.claimedAt = null, m.version = m.version + 1
            where m.id = :id and m.status = vn.sotay.mail.OutboxStatus.SENDING and m.claimedAt = :claimedAt""")
    int markAttemptFailed(long id, Instant claimedAt, OutboxStatus status, Instant next, String error);

    /** Claims of senders that died mid-send go back to the queue. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.status = vn.sotay.mail.OutboxStatus.PENDING, m.claimedAt = null,
            m.nextAttemptAt = :now, m.version = m.version + 1
            where m.status = vn.sotay.mail.OutboxStatus.SENDING and m.claimedAt < :cutoff""")
    int releaseExpiredClaims(Instant cutoff, Instant now);

    @Modifying
    @Query("""
            update OutboxMessage m set m.status = vn.sotay.mail.OutboxStatus.PENDING, m.attempts = 0,
            m.nextAttemptAt = :now, m.version = m.version + 1
            where m.id = :id and m.status = vn.sotay.mail.OutboxStatus.FAILED""")
    int retry(long id, Instant now);

    @Query("select m.status as status, count(m) as count from OutboxMessage m group by m.status")
    List<StatusCount> countByStatus();

    Page<OutboxMessage> findByStatus(OutboxStatus status, Pageable pageable);

    @Query("""
            select lower(m.recipient) from OutboxMessage m where m.category = :category
            and m.status = vn.sotay.mail.OutboxStatus.SENT and lower(m.recipient) in :recipients""")
    List<String> findDelivered(String category, Collection<String> recipients);

    /** One row of {@link #countByStatus()}. */
    interface StatusCount {
        OutboxStatus getStatus();

        long getCount();
    }
}
