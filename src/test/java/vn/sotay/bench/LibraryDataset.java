package vn.sotay.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sotay.SotayApplication;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.DocumentMetadata;
import vn.sotay.library.FileUpload;
import vn.sotay.library.Viewer;
import vn.sotay.library.Viewers;
import vn.sotay.library.Visibility;
import vn.sotay.library.internal.VietnameseOrder;
import vn.sotay.library.storage.FileStore;
import vn.sotay.library.storage.StoredBlob;
import vn.sotay.search.ExtractionOverview;
import vn.sotay.search.ExtractionState;
import vn.sotay.search.ExtractionStates;
import vn.sotay.search.IndexRebuild;
import vn.sotay.shared.Texts;

/**
 * A library of {@value #DEFAULT_DOCUMENTS} documents generated from the corpus texts, built once under a data folder
 * and reused by later runs. Three ways in, each timed: the demo data (the real corpus, every file read by Tika and
 * Tesseract), {@link #PIPELINE_DOCUMENTS} generated documents created one by one through {@link DocumentManagement}
 * (upload, store, index, extraction, index again: what an editor's upload costs), and the rest written by JDBC
 * in batches and indexed by a full rebuild from the database (what "Xây lại chỉ mục" costs at that size).
 */
final class LibraryDataset {

    static final int DEFAULT_DOCUMENTS = 100_000;
    static final int PIPELINE_DOCUMENTS = Integer.parseInt(BenchReport.setting("bench.pipeline", "1000"));
    static final String MEMBER = "66033514";
    static final String PASSWORD = "SoTay@2026";
    static final String BIG_PDF_TITLE = "Tuyển tập luật (tệp PDF 5 MB)";
    private static final long FIRST_ID = 100_000_000L;
    private static final String[][] TYPES = {{"Nghị quyết", "NQ"}, {"Chỉ thị", "CT"}, {"Quy định", "QĐi"},
            {"Quyết định", "QĐ"}, {"Kết luận", "KL"}, {"Hướng dẫn", "HD"}, {"Kế hoạch", "KH"}, {"Công văn", "CV"},
            {"Thông báo", "TB"}, {"Tài liệu sinh hoạt chi bộ", "TL"}};
    private static final String[][] ISSUERS = {{"Ban Chấp hành Trung ương", "TW"}, {"Bộ Chính trị", "TW"},
            {"Ban Bí thư", "TW"}, {"Ban Tổ chức Trung ương", "BTCTW"}, {"Ban Tuyên giáo Trung ương", "BTGTW"},
            {"Uỷ ban Kiểm tra Trung ương", "UBKTTW"}, {"Đảng uỷ Khối các cơ quan Trung ương", "ĐUK"},
            {"Đảng uỷ Uỷ ban Dân tộc", "ĐU"}, {"Chi bộ Văn phòng", "CB"}, {"Quốc hội", "QH"}, {"Chính phủ", "CP"}};

    /** What building the dataset measured. */
    record Build(int corpusFiles, long corpusBytes, double corpusSeconds, int pipelineDocuments, long pipelineBytes,
            double pipelineSeconds, int bulkDocuments, double bulkSeconds) {

        String write() {
            return corpusFiles + " " + corpusBytes + " " + corpusSeconds + " " + pipelineDocuments + " " + pipelineBytes
                    + " " + pipelineSeconds + " " + bulkDocuments + " " + bulkSeconds;
        }
    }

    private LibraryDataset() {
    }

    static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve("bench-dataset.done"));
    }

    /** Builds the dataset under {@code dataDir}, {@code documents} in all (the corpus included). */
    static Build build(Path dataDir, int documents) throws Exception {
        Files.createDirectories(dataDir);
        String[] args = {"--sotay.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN",
                "--sotay.demo=true", "--sotay.search.extraction-interval=200ms"};
        long t0 = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SotayApplication.class).run(args);
        Build build;
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ExtractionStates extraction = app.getBean(ExtractionStates.class);
            awaitExtraction(extraction, Duration.ofMinutes(15));
            double corpusSeconds = (System.nanoTime() - t0) / 1e9;
            int corpusFiles = jdbc.queryForObject("select count(*) from document_file", Integer.class);
            long corpusBytes = jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from document_file", Long.class);

            Viewer office = office(app);
            DocumentManagement management = app.getBean(DocumentManagement.class);
            management.create(office, new DocumentMetadata("01/2026/TT", "Tài liệu sinh hoạt chi bộ", "Bộ Chính trị", null,
                    LocalDate.of(2026, 1, 5), null, BIG_PDF_TITLE, "Các luật của bộ tài liệu, gộp trong một tệp PDF.", null),
                    Visibility.all(), List.of(new FileUpload("Tuyển tập luật.pdf", new ByteArrayResource(bigPdf()))), true);

            Generator generator = new Generator(jdbc, 20261203L);
            long pipelineBytes = 0;
            long t1 = System.nanoTime();
            for (int i = 0; i < PIPELINE_DOCUMENTS; i++) {
                Generated g = generator.next();
                pipelineBytes += g.text.length;
                management.create(office, new DocumentMetadata(g.number, g.type, g.issuer, null, g.issuedOn, null, g.title,
                        g.summary, null), Visibility.all(), List.of(new FileUpload(g.title + ".txt",
                                new ByteArrayResource(g.text))), true);
            }
            awaitExtraction(extraction, Duration.ofMinutes(30));
            double pipelineSeconds = (System.nanoTime() - t1) / 1e9;

            int existing = jdbc.queryForObject("select count(*) from document", Integer.class);
            int bulk = Math.max(0, documents - existing);
            long t2 = System.nanoTime();
            generator.bulk(app.getBean(FileStore.class), bulk);
            double bulkSeconds = (System.nanoTime() - t2) / 1e9;

            build = new Build(corpusFiles, corpusBytes, corpusSeconds, PIPELINE_DOCUMENTS, pipelineBytes, pipelineSeconds,
                    bulk, bulkSeconds);
        } finally {
            app.close();
        }
        Files.writeString(dataDir.resolve("bench-dataset.done"), build.write());
        return build;
    }

    /** The timings of the build, as written when the dataset was made. */
    static Build read(Path dataDir) throws IOException {
        String[] v = Files.readString(dataDir.resolve("bench-dataset.done")).strip().split(" ");
        return new Build(Integer.parseInt(v[0]), Long.parseLong(v[1]), Double.parseDouble(v[2]), Integer.parseInt(v[3]),
                Long.parseLong(v[4]), Double.parseDouble(v[5]), Integer.parseInt(v[6]), Double.parseDouble(v[7]));
    }

    /**
     * Rebuilds the whole index from the database ("Xây lại chỉ mục") in an application started on the dataset, and
     * returns the seconds it took and the documents written.
     */
    static double[] reindex(Path dataDir) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SotayApplication.class).run(
                "--sotay.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN");
        try {
            IndexRebuild rebuild = app.getBean(IndexRebuild.class);
            long t0 = System.nanoTime();
            rebuild.start("bench");
            while (rebuild.progress().running()) {
                Thread.sleep(200);
            }
            if (rebuild.progress().error() != null) {
                throw new IllegalStateException("rebuild failed: " + rebuild.progress().error());
            }
            return new double[] {(System.nanoTime() - t0) / 1e9, rebuild.progress().done()};
        } finally {
            app.close();
        }
    }

    private static void awaitExtraction(ExtractionStates extraction, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            ExtractionOverview o = extraction.overview();
            if (o.count(ExtractionState.PENDING) == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("extraction still pending after " + limit + ": " + o.counts());
            }
            Thread.sleep(200);
        }
    }

    private static Viewer office(ConfigurableApplicationContext app) {
        var admin = app.getBean(Accounts.class).findByUsername("admin").orElseThrow();
        return app.getBean(Viewers.class).of(new AccountPrincipal(admin.getId(), "admin", admin.getFullName(), false, true,
                null, null, admin.getCredentialsVersion()));
    }

    /** The corpus PDFs merged, largest first, until the file is at least 5 MB. */
    static byte[] bigPdf() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(CorpusTexts.CORPUS.resolve("documents"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf"))
                    .sorted((a, b) -> Long.compare(b.toFile().length(), a.toFile().length())).toList();
        }
        try (PDDocument merged = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            long size = 0;
            for (int round = 0; size < 5_000_000; round++) {
                for (Path pdf : pdfs) {
                    try (PDDocument part = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()))) {
                        merger.appendDocument(merged, part);
                    }
                    size += Files.size(pdf);
                    if (size >= 5_000_000) {
                        break;
                    }
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            merged.save(out);
            return out.toByteArray();
        }
    }

    private record Generated(String number, String type, String issuer, LocalDate issuedOn, String title, String summary,
            byte[] text) {
    }

    /** Documents made of windows of the corpus texts, lengths log-normal around 6,000 characters. */
    private static final class Generator {
        private final JdbcTemplate jdbc;
        private final Random random;
        private final List<String> texts;
        private final List<Long> organizations = new ArrayList<>();
        private final List<String> organizationPaths = new ArrayList<>();
        private final List<Long> topics;
        private int serial;

        Generator(JdbcTemplate jdbc, long seed) throws IOException {
            this.jdbc = jdbc;
            this.random = new Random(seed);
            this.texts = CorpusTexts.all();
            jdbc.query("select id, path from organization", rs -> {
                organizations.add(rs.getLong(1));
                organizationPaths.add(rs.getString(2));
            });
            this.topics = jdbc.queryForList("select id from topic", Long.class);
        }

        Generated next() {
            serial++;
            String source = texts.get(random.nextInt(texts.size()));
            int length = (int) Math.min(120_000, Math.max(800, Math.exp(Math.log(6_000) + random.nextGaussian())));
            int start = source.length() <= length ? 0 : source.indexOf('\n', random.nextInt(source.length() - length)) + 1;
            String text = source.substring(start, Math.min(source.length(), start + length));
            String[] type = TYPES[random.nextInt(TYPES.length)];
            String[] issuer = ISSUERS[random.nextInt(ISSUERS.length)];
            LocalDate issuedOn = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(36 * 365));
            String number = serial + "-" + type[1] + "/" + issuer[1];
            String title = type[0] + " về " + phrase(text);
            String summary = text.substring(0, Math.min(text.length(), 300)).replaceAll("\\s+", " ").strip();
            return new Generated(number, type[0], issuer[0], issuedOn, title, summary, text.getBytes(StandardCharsets.UTF_8));
        }

        /** 6 to 14 consecutive words of the text, lower case: the matter of the title. */
        private String phrase(String text) {
            String[] words = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
            int n = Math.min(words.length, 6 + random.nextInt(9));
            int from = random.nextInt(Math.max(1, words.length - n));
            return String.join(" ", List.of(words).subList(from, from + n)).toLowerCase(java.util.Locale.ROOT);
        }

        /** Writes {@code count} documents with their file and extracted text, 500 to a JDBC batch. */
        void bulk(FileStore store, int count) throws IOException {
            Timestamp now = Timestamp.from(Instant.now());
            long id = FIRST_ID + serial;
            List<Object[]> docs = new ArrayList<>();
            List<Object[]> files = new ArrayList<>();
            List<Object[]> textRows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Generated g = next();
                id++;
                StoredBlob blob;
                try (InputStream in = new ByteArrayInputStream(g.text)) {
                    blob = store.put(in, Long.MAX_VALUE);
                }
                int r = random.nextInt(100);
                String status = r < 94 ? "PUBLISHED" : r < 97 ? "DRAFT" : "WITHDRAWN";
                boolean internal = random.nextInt(100) < 15;
                int org = random.nextInt(organizations.size());
                Long topic = topics.isEmpty() ? null : topics.get(random.nextInt(topics.size()));
                String nfcTitle = Texts.nfcTrim(g.title);
                docs.add(new Object[] {id, g.number, g.type, g.issuer, Date.valueOf(g.issuedOn), g.issuedOn.getYear(),
                        nfcTitle, VietnameseOrder.key(nfcTitle), g.summary,
                        cut(Texts.fold(g.number + " " + nfcTitle + " " + g.summary), 6000), topic, status,
                        internal ? "ORGANIZATION" : "ALL", internal ? organizations.get(org) : null,
                        internal ? organizationPaths.get(org) : null, now, now, "PUBLISHED".equals(status) ? now : null});
                files.add(new Object[] {id, id, nfcTitle.length() > 200 ? nfcTitle.substring(0, 200) + ".txt" : nfcTitle + ".txt",
                        blob.size(), blob.sha256(), blob.key(), now});
                String content = new String(g.text, StandardCharsets.UTF_8);
                textRows.add(new Object[] {id, id, content, content.length(), now});
                if (docs.size() == 500 || i == count - 1) {
                    flush(docs, files, textRows);
                }
            }
        }

        private void flush(List<Object[]> docs, List<Object[]> files, List<Object[]> textRows) {
            jdbc.batchUpdate("insert into document (id, number, type, issuer, issued_on, issued_year, title, title_key,"
                    + " summary, folded, topic_id, status, scope, organization_id, organization_path, created_by,"
                    + " created_at, updated_at, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench',"
                    + " ?, ?, ?)", docs);
            jdbc.batchUpdate("insert into document_file (id, document_id, position, original_name, size_bytes, content_type,"
                    + " sha256, storage_key, created_at) values (?, ?, 0, ?, ?, 'text/plain', ?, ?, ?)", files);
            jdbc.batchUpdate("insert into search_file_text (file_id, document_id, state, method, content, chars, attempts,"
                    + " updated_at) values (?, ?, 'DONE', 'TIKA', ?, ?, 1, ?)", textRows);
            docs.clear();
            files.clear();
            textRows.clear();
        }

        private static String cut(String value, int max) {
            return value.length() <= max ? value : value.substring(0, max);
        }
    }
}
