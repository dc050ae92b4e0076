package vn.sotay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Writes one benchmark's markdown section into docs/benchmarks.md, between markers named after it. */
public final class BenchReport {

    private BenchReport() {
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    /**
     * A benchmark setting: the system property {@code name} or the environment variable of the same name in upper case
     * with underscores ({@code bench.documents} → {@code BENCH_DOCUMENTS}); exec:exec passes the environment on.
     */
    static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_')));
        return value == null || value.isBlank() ? fallback : value;
    }

    static void write(String name, String markdown) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String content = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String block = start + "\n" + markdown.strip() + "\n" + end;
        int s = content.indexOf(start);
        int e = content.indexOf(end);
        content = s >= 0 && e > s ? content.substring(0, s) + block + content.substring(e + end.length())
                : content.stripTrailing() + "\n\n" + block + "\n";
        Files.writeString(file, content, StandardCharsets.UTF_8);
        System.out.println(markdown);
    }
}
