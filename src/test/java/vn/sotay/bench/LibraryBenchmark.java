package vn.sotay.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotay.shared.CsvReader;
import vn.sotay.shared.CsvRow;
import vn.sotay.support.FreePort;

/**
 * The library and search at 100,000 documents, through HTTP from a second process (wrk) against the application
 * started as a user starts it (its own JVM, {@code -Xmx512m}, embedded defaults), each against a reference measured
 * in the same run: downloads against nginx serving the same file, page renders and browsing against nginx serving
 * the same page, search against the same queries run directly on the Lucene index. Also start-up time, heap and RSS.
 * The dataset is built once under {@code target/bench-library} ({@link LibraryDataset}); later runs reuse it.
 * Needs wrk and nginx ({@code apt-get install wrk nginx-light}).
 * Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.class=vn.sotay.bench.LibraryBenchmark}
 */
public final class LibraryBenchmark {

    private static final Path DATA = Path.of(BenchReport.setting("bench.data", "target/bench-library"));
    private static final int DOCUMENTS = Integer.parseInt(BenchReport.setting("bench.documents", "" + LibraryDataset.DEFAULT_DOCUMENTS));
    private static final int SECONDS = Integer.parseInt(BenchReport.setting("bench.seconds", "15"));
    private static final String HEAP = BenchReport.setting("bench.server-heap", "512m");
    private static final String COMMAND = "./mvnw -q -Pbench test-compile exec:exec -Dbench.class=vn.sotay.bench.LibraryBenchmark";

    private static String LOAD = "?";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();
    private String base;

    public static void main(String[] args) throws Exception {
        Wrk.requireInstalled();
        LibraryDataset.Build build = LibraryDataset.exists(DATA) ? LibraryDataset.read(DATA) : LibraryDataset.build(DATA, DOCUMENTS);
        if (Boolean.parseBoolean(BenchReport.setting("bench.build-only", "false"))) {
            return;
        }
        Path last = DATA.resolve("bench-reindex.done");
        double[] reindex;
        if (Boolean.parseBoolean(BenchReport.setting("bench.reindex", "true")) || !Files.exists(last)) {
            reindex = LibraryDataset.reindex(DATA);
            Files.writeString(last, reindex[0] + " " + reindex[1]);
        } else {
            String[] v = Files.readString(last).strip().split(" ");
            reindex = new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1])};
        }
        new LibraryBenchmark().run(build, reindex);
    }

    private void run(LibraryDataset.Build build, double[] reindex) throws Exception {
        Facts facts = facts();
        int port = FreePort.find();
        base = "http://127.0.0.1:" + port;
        Path log = DATA.resolveSibling("bench-library-server.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP,
                "-cp", System.getProperty("java.class.path"), "vn.sotay.SotayApplication", "--sotay.data-dir=" + DATA,
                "--server.port=" + port, "--logging.level.root=WARN", "--logging.level.org.springframework.boot.StartupInfoLogger=INFO");
        long t0 = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path www = Files.createTempDirectory("sotay-www");
        Process nginx = null;
        try {
            awaitUp(server, log);
            double startup = (System.nanoTime() - t0) / 1e9;
            LOAD = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            String token = apiLogin();
            String cookie = formLogin();
            Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
            Map<String, String> session = Map.of("Cookie", cookie);

            // the references: nginx serving the same PDF and the same rendered page
            byte[] pdf = get(facts.pdfPath, bearer).body();
            Files.write(www.resolve("file.pdf"), pdf);
            String page = new String(get("/documents/" + facts.ids.get(0), session).body(), StandardCharsets.UTF_8);
            if (!page.contains("Lượt xem")) {
                throw new IllegalStateException("the document page did not render for the member: " + page.substring(0, 300));
            }
            Files.writeString(www.resolve("page.html"), page);
            int nginxPort = FreePort.find();
            nginx = Wrk.nginx(www, nginxPort);
            String nginxBase = "http://127.0.0.1:" + nginxPort;
            awaitHttp(nginxBase + "/page.html");

            List<String> pages = facts.ids.stream().map(id -> "/documents/" + id).toList();
            List<String> browse = browsePaths(facts);
            List<String> searches = facts.queries.stream().map(q -> "/api/v1/documents?q=" + enc(q)).toList();

            // warm up every path kind once
            Wrk.run(base, pages, session, 8, 5);
            Wrk.run(base, browse, session, 8, 5);
            Wrk.run(base, searches, bearer, 8, 5);
            Wrk.run(base, List.of(facts.pdfPath), bearer, 8, 3);

            Wrk.Result pdfNginx = Wrk.run(nginxBase, List.of("/file.pdf"), Map.of(), 32, SECONDS);
            Wrk.Result pdfApp = Wrk.run(base, List.of(facts.pdfPath), bearer, 32, SECONDS);
            Wrk.Result pageNginx = Wrk.run(nginxBase, List.of("/page.html"), Map.of(), 16, SECONDS);
            Wrk.Result pageApp = Wrk.run(base, pages, session, 16, SECONDS);
            Wrk.Result browseApp = Wrk.run(base, browse, session, 8, SECONDS);
            Wrk.Result searchApp = Wrk.run(base, searches, bearer, 16, SECONDS);
            double[] bigQuery = bigQuery(bearer);
            Memory memory = memory(server.pid());

            double[] lucene;
            try (LuceneReference reference = new LuceneReference(DATA.resolve("index").resolve("document"), facts.lineage)) {
                reference.load(facts.queries, 16, 3);
                lucene = reference.load(facts.queries, 16, SECONDS);
            }
            report(build, reindex, facts, startup, pdf.length, pdfNginx, pdfApp, pageNginx, pageApp, browseApp, searchApp, lucene,
                    bigQuery, memory);
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** What the benchmark reads from the database before the server opens it. */
    private record Facts(long documents, long published, long files, List<Long> ids, String pdfPath, List<String> lineage,
            List<String> types, List<String> issuers, List<Integer> years, List<Long> topics, List<String> queries) {
    }

    private static Facts facts() throws Exception {
        String url = "jdbc:h2:file:" + DATA.toAbsolutePath().resolve("db").resolve("sotay")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            long documents = one(c, "select count(*) from document");
            long published = one(c, "select count(*) from document where status = 'PUBLISHED'");
            long files = one(c, "select count(*) from document_file");
            List<Long> ids = longs(c, "select id from document where status = 'PUBLISHED' and scope = 'ALL'");
            Collections.shuffle(ids, new Random(7));
            ids = new ArrayList<>(ids.subList(0, Math.min(5_000, ids.size())));
            String pdfPath;
            try (ResultSet rs = c.createStatement().executeQuery("select d.id, f.id from document d join document_file f"
                    + " on f.document_id = d.id where d.title = '" + LibraryDataset.BIG_PDF_TITLE + "'")) {
                rs.next();
                pdfPath = "/api/v1/documents/" + rs.getLong(1) + "/files/" + rs.getLong(2);
            }
            String path;
            try (ResultSet rs = c.createStatement().executeQuery("select o.path from organization o join account a"
                    + " on a.organization_id = o.id where a.username = '" + LibraryDataset.MEMBER + "'")) {
                rs.next();
                path = rs.getString(1);
            }
            List<String> lineage = new ArrayList<>();
            for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
                lineage.add(path.substring(0, i + 1));
            }
            List<String> types = strings(c, "select distinct type from document");
            List<String> issuers = strings(c, "select distinct issuer from document where issuer is not null");
            List<Integer> years = longs(c, "select distinct issued_year from document where issued_year is not null")
                    .stream().map(Long::intValue).toList();
            List<Long> topics = longs(c, "select id from topic");
            List<String> queries = new ArrayList<>();
            List<CsvRow> judged = CsvReader.read(Files.readAllBytes(Path.of("src/test/resources/search/judged-queries.csv")));
            judged.subList(1, judged.size()).forEach(row -> queries.add(row.value(0)));
            return new Facts(documents, published, files, ids, pdfPath, lineage, types, issuers, years, topics, queries);
        }
    }

    private static List<String> browsePaths(Facts f) {
        Random random = new Random(11);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String p = "/documents?page=" + random.nextInt(50);
            switch (i % 6) {
                case 1 -> p += "&type=" + enc(f.types.get(random.nextInt(f.types.size())));
                case 2 -> p += "&year=" + f.years.get(random.nextInt(f.years.size()));
                case 3 -> p += "&issuer=" + enc(f.issuers.get(random.nextInt(f.issuers.size())));
                case 4 -> p += "&sort=title";
                case 5 -> p += f.topics.isEmpty() ? "" : "&topic=" + f.topics.get(random.nextInt(f.topics.size()));
                default -> { }
            }
            paths.add(p);
        }
        return paths;
    }

    /** A query with more than 10,000 hits, one client, 20 times: the median time and the number of hits. */
    private double[] bigQuery(Map<String, String> bearer) throws Exception {
        String path = "/api/v1/documents?q=" + enc("đảng viên");
        long[] times = new long[20];
        double total = 0;
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            String body = new String(get(path, bearer).body(), StandardCharsets.UTF_8);
            times[i] = System.nanoTime() - s;
            Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
            total = m.find() ? Double.parseDouble(m.group(1)) : -1;
        }
        Arrays.sort(times);
        return new double[] {times[times.length / 2] / 1e6, total};
    }

    private record Memory(long heapUsedAfterGcMb, long heapCommittedMb, long rssMb, long peakRssMb) {
    }

    private static Memory memory(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        exec(jcmd, String.valueOf(pid), "GC.run");
        String info = exec(jcmd, String.valueOf(pid), "GC.heap_info");
        Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        long committed = 0;
        long used = 0;
        if (m.find()) {
            committed = Long.parseLong(m.group(1)) / 1024;
            used = Long.parseLong(m.group(2)) / 1024;
        }
        List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"));
        return new Memory(used, committed, kb(status, "VmRSS") / 1024, kb(status, "VmHWM") / 1024);
    }

    private static long kb(List<String> status, String key) {
        return status.stream().filter(l -> l.startsWith(key + ":")).map(l -> l.replaceAll("\\D+", ""))
                .mapToLong(Long::parseLong).findFirst().orElse(-1);
    }

    private static String exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private void awaitUp(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not start within 5 minutes; see " + log.toAbsolutePath());
    }

    private void awaitHttp(String url) throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not answer " + url);
    }

    private String apiLogin() throws Exception {
        String body = "{\"username\":\"" + LibraryDataset.MEMBER + "\",\"password\":\"" + LibraryDataset.PASSWORD + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("API sign-in failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private String formLogin() throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "username=" + enc(LibraryDataset.MEMBER) + "&password=" + enc(LibraryDataset.PASSWORD) + "&_csrf="
                + enc(m.group(1));
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> "JSESSIONID=" + c.getValue()).findFirst()
                .orElseThrow(() -> new IllegalStateException("form sign-in gave no session"));
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(b::header);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r;
    }

    private static long one(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void report(LibraryDataset.Build b, double[] reindex, Facts f, double startup, int pdfBytes, Wrk.Result pdfNginx,
            Wrk.Result pdfApp, Wrk.Result pageNginx, Wrk.Result pageApp, Wrk.Result browse, Wrk.Result search,
            double[] lucene, double[] bigQuery, Memory m) throws IOException {
        String machine = BenchReport.machine().replaceFirst("max heap \\d+ MB", "server heap limit -Xmx" + HEAP)
                + ", load average before the measurements " + LOAD;
        String dataset = "%,d documents (%,d published, %,d files) in the embedded H2 database and Lucene index under `%s`"
                .formatted(f.documents, f.published, f.files, DATA);
        String build = """

                Building the dataset (once; later runs reuse it) and rebuilding the index (every run):

                | step | documents | time | rate |
                |---|---|---|---|
                | start on an empty folder with the demo data: the corpus, every file read by Tika, both scans by Tesseract (%,d files, %.1f MB) | %,d | %.1f s | %.1f files/s |
                | created one by one through the editor's service: upload, store, index, Tika, index again (%.1f MB of text) | %,d | %.1f s | %.0f documents/s |
                | written by JDBC in batches of 500 with their files and extracted text | %,d | %.1f s | %,.0f documents/s |
                | **full reindex from the database** ("Xây lại chỉ mục", Hibernate Search's mass indexer) | %,d | **%.1f s** | %,.0f documents/s |
                """.formatted(b.corpusFiles(), b.corpusBytes() / 1e6, b.corpusFiles(), b.corpusSeconds(), b.corpusFiles() / b.corpusSeconds(),
                b.pipelineBytes() / 1e6, b.pipelineDocuments(), b.pipelineSeconds(), b.pipelineDocuments() / b.pipelineSeconds(),
                b.bulkDocuments(), b.bulkSeconds(), b.bulkDocuments() / b.bulkSeconds(), (long) reindex[1], reindex[0],
                reindex[1] / reindex[0]);
        String library = """
                ## Library at %,d documents: downloads, document pages, browsing

                Command: `%s` (needs `apt-get install wrk nginx-light`)
                Machine: %s. %s. The application runs in its own JVM as `./mvnw spring-boot:run` would run it;
                the load comes from wrk on the same two cores (2 threads), %d s per line after a warm-up, signed in as
                a member of UBDT-VP (session cookie for pages, API token for downloads).

                | what | clients | requests/s | MB/s | p50 ms | p95 ms | p99 ms | errors | ratio |
                |---|---|---|---|---|---|---|---|---|
                | nginx: the same %,d-byte PDF (sendfile) — the reference | 32 | %,.0f | %,.0f | %.1f | %.1f | %.1f | %d | 1.00 |
                | Sotay: `GET /api/v1/documents/{id}/files/{fileId}` (access check, audit row, counter) | 32 | %,.0f | %,.0f | %.1f | %.1f | %.1f | %d | **%.2f** |
                | nginx: the same document page as a static file — the reference | 16 | %,.0f | %,.0f | %.1f | %.1f | %.1f | %d | 1.00 |
                | Sotay: `GET /documents/{id}`, 5,000 different documents (render, access check, view audited) | 16 | %,.0f | %,.0f | %.1f | %.1f | %.1f | %d | **%.2f** |
                | Sotay: browsing `/documents?…` by type, year, issuer, topic, title order, pages 1–50 | 8 | %,.0f | %,.0f | %.1f | **%.1f** | %.1f | %d | %.2f |

                Targets: downloads ≥ 70%% of nginx — **%s** (%.0f%%); document page ≥ 1,000 renders/s — **%s** (%,.0f/s);
                browsing p95 < 50 ms — **%s** (%.1f ms).
                %s""".formatted(f.documents, COMMAND, machine, dataset, SECONDS, pdfBytes,
                pdfNginx.perSecond(), pdfNginx.megabytesPerSecond(), pdfNginx.p50(), pdfNginx.p95(), pdfNginx.p99(), pdfNginx.errors(),
                pdfApp.perSecond(), pdfApp.megabytesPerSecond(), pdfApp.p50(), pdfApp.p95(), pdfApp.p99(), pdfApp.errors(),
                pdfApp.megabytesPerSecond() / pdfNginx.megabytesPerSecond(),
                pageNginx.perSecond(), pageNginx.megabytesPerSecond(), pageNginx.p50(), pageNginx.p95(), pageNginx.p99(), pageNginx.errors(),
                pageApp.perSecond(), pageApp.megabytesPerSecond(), pageApp.p50(), pageApp.p95(), pageApp.p99(), pageApp.errors(),
                pageApp.perSecond() / pageNginx.perSecond(),
                browse.perSecond(), browse.megabytesPerSecond(), browse.p50(), browse.p95(), browse.p99(), browse.errors(),
                browse.perSecond() / pageNginx.perSecond(),
                met(pdfApp.megabytesPerSecond() >= 0.7 * pdfNginx.megabytesPerSecond()),
                100 * pdfApp.megabytesPerSecond() / pdfNginx.megabytesPerSecond(), met(pageApp.perSecond() >= 1000),
                pageApp.perSecond(), met(browse.p95() < 50), browse.p95(), build);
        BenchReport.write("library", library);
        String searchMd = """
                ## Search at %,d documents

                Command: `%s` (the same run as the library section)
                Machine: %s. %s. %d queries of the judged set (with and without diacritics, numbers, phrases,
                prefixes) in turn, as `GET /api/v1/documents?q=…` with a member's token (access rule, facets, snippets,
                exact total); the reference runs the same words directly on the same Lucene index in one JVM (every word
                required in a folded field, the access rule as filters, top 10 and the exact total; no HTTP, snippets,
                facets or rows).

                | what | clients | queries/s | p50 ms | p95 ms | p99 ms | errors | ratio |
                |---|---|---|---|---|---|---|---|
                | raw Lucene, in process — the limit | 16 | %,.0f | | %.1f | | 0 | 1.00 |
                | Sotay over HTTP | 16 | %,.0f | %.1f | **%.1f** | %.1f | %d | **%.2f** |

                Targets: p95 ≤ 50 ms — **%s**; ≥ 500 queries/s — **%s**.
                One query with many hits ("đảng viên", %,.0f documents found, one client, median of 20): **%.1f ms** over
                HTTP with facets and snippets — against the 5.3 s a Paperless-ngx user measured for a 10,000-hit query
                on its Tantivy index, %,.0f× faster (target ≥ 100×).
                """.formatted(f.documents, COMMAND, machine, dataset, f.queries.size(), lucene[0], lucene[1],
                search.perSecond(), search.p50(), search.p95(), search.p99(), search.errors(), search.perSecond() / lucene[0],
                met(search.p95() <= 50), met(search.perSecond() >= 500), bigQuery[1], bigQuery[0], 5300 / bigQuery[0]);
        BenchReport.write("search", searchMd);
        String runtime = """
                ## Start-up and memory at %,d documents

                Command: `%s` (the same run)
                Machine: %s. %s.

                | what | value |
                |---|---|
                | start-up: process start to `/actuator/health` UP, existing data and index | %.1f s |
                | heap used after a full GC, after the load above | %,d MB |
                | heap committed | %,d MB |
                | resident set size (RSS) after the load | %,d MB |
                | peak RSS | %,d MB |
                """.formatted(f.documents, COMMAND, machine, dataset, startup, m.heapUsedAfterGcMb(), m.heapCommittedMb(),
                m.rssMb(), m.peakRssMb());
        BenchReport.write("runtime", runtime);
        System.out.println(library + "\n" + searchMd + "\n" + runtime);
    }

    private static String met(boolean ok) {
        return ok ? "met" : "missed";
    }
}
