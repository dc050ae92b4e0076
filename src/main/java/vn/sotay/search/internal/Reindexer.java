package vn.sotay.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.library.Document;

/**
 * Writes one document into the index again, in a transaction of its own (after its file texts changed). The row is
 * locked and the index written before the lock is released: otherwise an editor's "Đăng" committed between our read
 * and our write would be overwritten in the index by the older "nháp" state, and the published document would stay
 * invisible.
 */
@Component
class Reindexer {

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    Reindexer(EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    void reindex(long documentId) {
        transaction.executeWithoutResult(s -> {
            Document d = entityManager.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
            if (d != null) {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                plan.addOrUpdate(d);
                plan.execute();
            }
        });
    }
}
