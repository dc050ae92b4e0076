package vn.sotay.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sotay.support.AppTest;

/**
 * "Lượt xem" and "Lượt tải" from many readers at once: every count reaches the row once, none twice. The context is
 * discarded afterwards so that the document made here never shows up in another class's lists.
 */
@SpringBootTest(properties = "sotay.search.extraction-enabled=false")
@DirtiesContext
class DocumentCountersTest extends AppTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DocumentManagement management;
    @Autowired
    DocumentReading reading;
    @Autowired
    DocumentCounters counters;

    @Test
    void concurrentViewsAreAllCountedOnceWhileFlushesRunBesideThem() throws Exception {
        LibraryFixture fixture = LibraryFixture.of(context);
        Viewer v = fixture.viewer(fixture.officeAdmin("20000009"));
        long id = management.create(v, new DocumentMetadata(null, "Luật", "Quốc hội", null, null, null, "Luật đếm lượt xem",
                null, null), Visibility.all(), List.of(), true);
        int threads = 8;
        int each = 250;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread reader = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        reading.open(v, id);
                        if (i % 50 == 0) {
                            counters.flush();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            reader.start();
            readers.add(reader);
        }
        start.countDown();
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(reading.peek(v, id).viewCount()).isEqualTo(threads * each);
        counters.flush();
        assertThat(jdbc.queryForObject("select view_count from document where id = ?", Long.class, id))
                .isEqualTo(threads * each);
        assertThat(reading.peek(v, id).viewCount()).isEqualTo(threads * each);
    }
}
