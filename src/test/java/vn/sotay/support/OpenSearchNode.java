package vn.sotay.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenSearch 2.19 node for the tests of the distributed search backend, started once per test JVM in a JVM
 * of its own from the jars that the build put in {@code sotay.opensearch.node-dir} (see
 * {@code src/test/opensearch/pom.xml}), on free ports of 127.0.0.1 with a fresh home folder, and stopped with the test
 * JVM (the node also stops by itself when the test JVM dies, as its standard input then closes). A node that does not
 * start fails the test, in CI as on a developer's machine.
 */
public final class OpenSearchNode {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /**
     * The garbage collector settings of the distribution's {@code jvm.options}: the circuit breaker counts the heap in
     * use, so G1 must collect early, or a small heap trips it on garbage.
     */
    private static final List<String> DISTRIBUTION_GC =
            List.of("-XX:+UseG1GC", "-XX:G1ReservePercent=25", "-XX:InitiatingHeapOccupancyPercent=30");
    private static OpenSearchNode shared;
    private static RuntimeException failure;

    private final Process process;
    private final int port;
    private final Path home;
    private final Path log;

    private OpenSearchNode(Process process, int port, Path home, Path log) {
        this.process = process;
        this.port = port;
        this.home = home;
        this.log = log;
    }

    /**
     * Points a test class's application context at the node: the Elasticsearch backend of Hibernate Search with
     * indexes of its own (a prefix per context, as the cached contexts of several test classes share the node).
     */
    public static void register(DynamicPropertyRegistry registry) {
        OpenSearchNode node = shared();
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
        registry.add("sotay.search.backend", () -> "elasticsearch");
        registry.add("sotay.search.hosts", () -> "127.0.0.1:" + node.port);
        registry.add("sotay.search.version", () -> "opensearch:2.19");
        registry.add("sotay.search.index-prefix", () -> prefix);
    }

    /** The node of this test JVM, started at the first call; a node that failed to start is not tried again. */
    private static synchronized OpenSearchNode shared() {
        if (failure != null) {
            throw failure;
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    private static OpenSearchNode start() {
        Path dir = Path.of(System.getProperty("sotay.opensearch.node-dir", "target/opensearch-node")).toAbsolutePath();
        Path lib = dir.resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("No OpenSearch node at " + lib + ": `./mvnw verify` builds it before the"
                    + " integration tests (src/test/opensearch/pom.xml)");
        }
        try {
            Path home = Files.createTempDirectory(dir, "home-");
            Path log = dir.resolve("node.log");
            int port = FreePort.find();
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx512m"));
            command.addAll(DISTRIBUTION_GC);
            command.addAll(List.of("-cp", lib + File.separator + "*", "vn.sotay.opensearch.TestNode", home.toString(),
                    String.valueOf(port), String.valueOf(FreePort.find())));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            OpenSearchNode node = new OpenSearchNode(process, port, home, log);
            node.awaitHealthy();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the OpenSearch node", e);
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/_cluster/health?wait_for_status=yellow&timeout=2s")).timeout(Duration.ofSeconds(5)).build();
        try {
            await("OpenSearch on 127.0.0.1:" + port).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ":\n" + logText());
                        }
                        try {
                            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        } catch (RuntimeException e) {
            stop();
            throw new IllegalStateException("OpenSearch did not start; its log:\n" + logText(), e);
        }
    }

    private void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            delete(home);
        } catch (IOException e) {
            System.err.println("Could not remove " + home + ": " + e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
