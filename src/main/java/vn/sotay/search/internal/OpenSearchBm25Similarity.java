package vn.sotay.search.internal;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 as OpenSearch 2 scores: Lucene's BM25 (k1 = 1.2, b = 0.75) times k1 + 1, the factor that Lucene dropped and
 * OpenSearch kept. Word matches then weigh the same against constant scores (prefixes, number wildcards) on both
 * backends, so both rank alike.
 */
final class OpenSearchBm25Similarity extends Similarity {

    private final BM25Similarity bm25 = new BM25Similarity();

    @Override
    public long computeNorm(FieldInvertState state) {
        return bm25.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
        return bm25.scorer(boost * (1 + bm25.getK1()), collectionStats, termStats);
    }
}
