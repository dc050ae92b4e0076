package vn.sotay.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.sotay.library.Document;

/**
 * Rebuilds the whole index from the database (the truth) in the background with Hibernate Search's MassIndexer; one
 * rebuild at a time, its progress kept for the admin page to poll.
 */
@Service
public class IndexRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final AtomicLong done = new AtomicLong();
    private volatile RebuildProgress last = RebuildProgress.IDLE;

    IndexRebuild(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    /** Starts a rebuild unless one runs; {@code false} when one was already running. */
    public synchronized boolean start(String actor) {
        if (last.running()) {
            return false;
        }
        long total = countDocuments();
        done.set(0);
        last = new RebuildProgress(true, 0, total, null, null);
        LOG.info("Index rebuild of {} documents started by {}", total, actor);
        Search.mapping(entityManagerFactory).scope(Document.class).massIndexer()
                .threadsToLoadObjects(2).batchSizeToLoadObjects(25).monitor(new Monitor())
                .start().whenComplete((ignored, failure) -> finish(total, failure));
        return true;
    }

    public RebuildProgress progress() {
        RebuildProgress p = last;
        return p.running() ? new RebuildProgress(true, Math.min(done.get(), p.total()), p.total(), null, null) : p;
    }

    private synchronized void finish(long total, Throwable failure) {
        last = new RebuildProgress(false, done.get(), total, clock.instant(), failure == null ? null : String.valueOf(failure.getMessage()));
        if (failure != null) {
            LOG.warn("Index rebuild failed", failure);
        } else {
            LOG.info("Index rebuild finished: {} documents", done.get());
        }
    }

    private long countDocuments() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return em.createQuery("select count(d) from Document d", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    private final class Monitor implements MassIndexingMonitor {
        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
