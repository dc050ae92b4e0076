package vn.sotay.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sotay.support.AppTest;

/** The bulk load of the corpus manifest: every row once, idempotent, then browsing it by filters and order. */
@SpringBootTest
class DocumentImportTest extends AppTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

    @Autowired
    DocumentImport importer;
    @Autowired
    DocumentCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCorpusLoadsOnceWithItsMetadataAsGiven() throws Exception {
        DocumentImport.Report first = importer.run(CORPUS, CORPUS.resolve("manifest.csv"), "import");
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(109);
        DocumentImport.Report second = importer.run(CORPUS, CORPUS.resolve("manifest.csv"), "import");
        assertThat(second.created()).isZero();
        assertThat(second.skipped()).isEqualTo(109);
        assertThat(jdbc.queryForObject("select count(*) from document where import_key is not null", Integer.class)).isEqualTo(109);
        assertThat(jdbc.queryForObject("select count(*) from document_file where content_type = 'application/pdf'",
                Integer.class)).isEqualTo(13);
        assertThat(jdbc.queryForObject("select count(*) from document_file where content_type like '%wordprocessingml%'",
                Integer.class)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from document_file where content_type = 'text/plain'",
                Integer.class)).isEqualTo(88);
        assertThat(jdbc.queryForObject("select number from document where title = 'Bộ luật dân sự'", String.class))
                .isEqualTo("91/2015/QH13");

        Viewer member = new Viewer(1, "x", List.of(Viewer.NOWHERE), false, Viewer.NOWHERE + "%", null);
        var byTitle = catalog.browse(member, new DocumentFilter(null, "Bộ luật", null, null, null, "title", 0, 10));
        assertThat(byTitle.getTotalElements()).isEqualTo(6);
        List<String> titles = byTitle.getContent().stream().map(DocumentCard::title).toList();
        assertThat(titles.get(0)).isEqualTo("Bộ luật dân sự");
        assertThat(titles).isSortedAccordingTo(vn.sotay.library.internal.VietnameseOrder.collator()::compare);
        var year = catalog.browse(member, new DocumentFilter("HINH SU", null, null, 2015, null, "date", 0, 10));
        assertThat(year.getContent()).extracting(DocumentCard::title).contains("Bộ luật hình sự");
        Facets facets = catalog.facets(member);
        assertThat(facets.types()).containsExactly("Bộ luật", "Hiến pháp", "Luật");
        assertThat(facets.topics()).extracting(TopicView::name).contains("Pháp luật chung", "Tư pháp");
    }
}
