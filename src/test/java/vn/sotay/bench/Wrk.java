package vn.sotay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Load from a second process: wrk (Debian package {@code wrk}) cycling through a list of paths, with fixed headers.
 * Its Lua {@code done} hook prints the counts and the latency percentiles this class reads back.
 */
final class Wrk {

    /** One run: requests and bytes per second, latency percentiles in milliseconds, non-2xx/3xx and socket errors. */
    record Result(long requests, double perSecond, double megabytesPerSecond, double p50, double p95, double p99,
            long errors) {
    }

    private Wrk() {
    }

    static void requireInstalled() {
        for (String tool : List.of("wrk", "nginx")) {
            if (!Files.isExecutable(Path.of("/usr/bin", tool)) && !Files.isExecutable(Path.of("/usr/sbin", tool))) {
                throw new IllegalStateException("this benchmark needs wrk and nginx: apt-get install wrk nginx-light");
            }
        }
    }

    static Result run(String baseUrl, List<String> paths, Map<String, String> headers, int connections, int seconds)
            throws IOException, InterruptedException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String p : paths) {
            lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\n");
        headers.forEach((k, v) -> lua.append("wrk.headers[\"").append(k).append("\"] = \"").append(v).append("\"\n"));
        lua.append("""
                local n = 0
                local counter = 0
                function setup(thread)
                  counter = counter + 1
                  thread:set("offset", counter * 7919)
                end
                function init(args)
                  n = offset or 0
                end
                function request()
                  n = n + 1
                  return wrk.format("GET", paths[(n % #paths) + 1])
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("RESULT %d %d %d %d %d %d %d\\n", summary.requests, summary.bytes,
                    summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
                    e.connect + e.read + e.write + e.status + e.timeout))
                end
                """);
        Path script = Files.createTempFile("sotay-wrk", ".lua");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        int threads = Math.min(connections, 2);
        Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), baseUrl).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        Files.delete(script);
        for (String line : out.split("\n")) {
            if (line.startsWith("RESULT ")) {
                String[] f = line.split(" ");
                long requests = Long.parseLong(f[1]);
                double secs = Long.parseLong(f[3]) / 1e6;
                return new Result(requests, requests / secs, Long.parseLong(f[2]) / secs / 1e6, Long.parseLong(f[4]) / 1e3,
                        Long.parseLong(f[5]) / 1e3, Long.parseLong(f[6]) / 1e3, Long.parseLong(f[7]));
            }
        }
        throw new IllegalStateException("no result from wrk: " + out);
    }

    /** nginx serving {@code root} on {@code port} with sendfile, two workers, no access log. */
    static Process nginx(Path root, int port) throws IOException {
        Path dir = Files.createTempDirectory("sotay-nginx");
        Path conf = dir.resolve("nginx.conf");
        List<String> lines = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            lines.add("user root;");
        }
        lines.add("""
                daemon off;
                worker_processes 2;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                  include /etc/nginx/mime.types;
                  sendfile on; tcp_nopush on; keepalive_requests 1000000; access_log off;
                  client_body_temp_path %1$s; proxy_temp_path %1$s; fastcgi_temp_path %1$s; uwsgi_temp_path %1$s;
                  scgi_temp_path %1$s;
                  server { listen 127.0.0.1:%2$d; root %3$s; }
                }
                """.formatted(dir, port, root.toAbsolutePath()));
        Files.write(conf, lines);
        return new ProcessBuilder("nginx", "-c", conf.toString(), "-p", dir.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile()).start();
    }
}
