package vn.sotay.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch node for tests, with the modules of the distribution that Sotay needs loaded from the classpath
 * (HTTP and transport over Netty, the common analysis components, reindex) and no security plugin.
 * <p>
 * Arguments: the home folder, the HTTP port and the transport port. The node binds to 127.0.0.1 only and stops when
 * its standard input closes, so that it never outlives the test JVM that started it, even one killed outright.
 */
public final class TestNode extends Node {

    private static final Collection<Class<? extends Plugin>> MODULES =
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class);

    private TestNode(Environment environment) {
        super(environment, MODULES, true);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Settings settings = Settings.builder()
                .put("cluster.name", "sotay-test")
                .put("node.name", "sotay-test")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2])
                .put("discovery.type", "single-node")
                // a nearly full disk of a build machine must not turn the test indexes read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("logger.level", "WARN")
                .build();
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("modules"));
        Files.createDirectories(home.resolve("plugins"));
        LogConfigurator.configureWithoutConfig(settings);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                () -> "sotay-test");
        Node node = new TestNode(environment).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node)));
        System.out.println("OpenSearch " + org.opensearch.Version.CURRENT + " started on 127.0.0.1:" + args[1]);
        while (System.in.read() >= 0) {
            // the test JVM holds the other end of the pipe: end of input means it is gone
        }
        System.exit(0);
    }

    private static void close(Node node) {
        try {
            node.close();
            node.awaitClose(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("Closing the node failed: " + e);
        }
    }
}
