package vn.sotay.search.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.library.Document;

/** Writes one document into the index again, in a transaction of its own (after its file texts changed). */
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
            Document d = entityManager.find(Document.class, documentId);
            if (d != null) {
                Search.session(entityManager).indexingPlan().addOrUpdate(d);
            }
        });
    }
}
