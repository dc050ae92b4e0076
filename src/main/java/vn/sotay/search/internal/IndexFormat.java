package vn.sotay.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.sotay.search.IndexRebuild;
import vn.sotay.shared.SotaySettings;

/**
 * The index's field layout has a version; when an upgrade changes it (a new sortable field, say), the index is rebuilt
 * from the database at start-up, in the background, so that nobody has to remember "Xây lại chỉ mục". The version
 * lives in {@code <data-dir>/search-index.version}.
 */
@Component
class IndexFormat {

    /** 2: title_key and doc_id for browsing from the index and equal ties on both backends; no term vectors (snippets are made in Java). */
    static final String CURRENT = "2";
    private static final Logger LOG = LoggerFactory.getLogger(IndexFormat.class);

    private final Path file;
    private final JdbcTemplate jdbc;
    private final IndexRebuild rebuild;

    IndexFormat(SotaySettings settings, JdbcTemplate jdbc, IndexRebuild rebuild) {
        this.file = settings.dataDir().resolve("search-index.version");
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() throws IOException {
        String found = Files.exists(file) ? Files.readString(file).strip() : null;
        if (CURRENT.equals(found)) {
            return;
        }
        long documents = jdbc.queryForObject("select count(*) from document", Long.class);
        if (documents > 0) {
            LOG.warn("The search index has layout {} and this version needs {}: rebuilding it from the database ({} documents)",
                    found == null ? "(unknown)" : found, CURRENT, documents);
            rebuild.start("index-upgrade");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, CURRENT);
    }
}
