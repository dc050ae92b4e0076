package vn.sotay.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import vn.sotay.search.internal.DocumentFields;
import vn.sotay.shared.Texts;

/**
 * The limit for search: the same queries run directly on the application's Lucene index, in this process, without
 * HTTP, security, snippets, facets or loading rows — every word required in one of the folded text fields, the
 * member's access rule as filter clauses, the top 10 by score and the exact total.
 */
final class LuceneReference implements AutoCloseable {

    private static final String[] FIELDS = {DocumentFields.TITLE_FOLDED, DocumentFields.SUMMARY_FOLDED,
            DocumentFields.META_FOLDED, DocumentFields.CONTENT_FOLDED};

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<String> lineage;

    LuceneReference(Path indexDirectory, List<String> lineage) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
        this.searcher = new IndexSearcher(reader);
        this.lineage = lineage;
    }

    Query query(String words) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        for (String word : Texts.fold(words).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : FIELDS) {
                any.add(new TermQuery(new Term(field, word)), Occur.SHOULD);
            }
            root.add(any.build(), Occur.MUST);
        }
        root.add(new TermQuery(new Term(DocumentFields.STATUS, "PUBLISHED")), Occur.FILTER);
        BooleanQuery.Builder scope = new BooleanQuery.Builder();
        scope.add(new TermQuery(new Term(DocumentFields.SCOPE, "ALL")), Occur.SHOULD);
        lineage.forEach(path -> scope.add(new TermQuery(new Term(DocumentFields.ORG_PATH, path)), Occur.SHOULD));
        root.add(scope.build(), Occur.FILTER);
        return root.build();
    }

    TopDocs search(Query query) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE, false));
    }

    /** Runs the queries round robin from {@code threads} threads for {@code seconds}: queries/s and p95 in ms. */
    double[] load(List<String> queries, int threads, int seconds) throws Exception {
        List<Query> prepared = queries.stream().map(this::query).toList();
        AtomicLong count = new AtomicLong();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7;
            Thread worker = new Thread(() -> {
                long[] mine = new long[1 << 18];
                int n = 0;
                try {
                    for (int i = offset; System.nanoTime() < end && n < mine.length; i++) {
                        long s = System.nanoTime();
                        search(prepared.get(i % prepared.size()));
                        mine[n++] = System.nanoTime() - s;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                count.addAndGet(n);
                latencies.add(Arrays.copyOf(mine, n));
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new double[] {count.get() / (double) seconds, all[(int) (all.length * 0.95)] / 1e6};
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
