package vn.sotay.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.sotay.SotayApplication;
import vn.sotay.account.Account;
import vn.sotay.account.Accounts;
import vn.sotay.account.PasswordChange;
import vn.sotay.account.PasswordChangeRequest;
import vn.sotay.account.SignIn;
import vn.sotay.account.SignInAttempt;
import vn.sotay.account.TestAccounts;

/**
 * Sign-ins per second against the password hash alone, on the embedded defaults (H2 file database).
 * Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.class=vn.sotay.bench.SignInBenchmark}
 */
public final class SignInBenchmark {

    private static final int ACCOUNTS = 32;
    private static final long SECONDS = Long.parseLong(BenchReport.setting("bench.seconds", "10"));
    private static final String PASSWORD = "Đo-tốc-độ-2026";

    public static void main(String[] args) throws Exception {
        var dataDir = Files.createTempDirectory("sotay-bench");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SotayApplication.class)
                .run("--sotay.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN",
                        "--sotay.account.throttle.address-failures=1000000");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<String> users = createMembers(app);
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            SignIn signIn = app.getBean(SignIn.class);
            String hash = encoder.encode(PASSWORD);
            int threads = Runtime.getRuntime().availableProcessors();

            run(threads, 5, i -> encoder.matches(PASSWORD, hash));
            double hashAlone = run(threads, SECONDS, i -> encoder.matches(PASSWORD, hash));
            Argon2PasswordEncoder java = new Argon2PasswordEncoder(16, 32, 1, 7168, 5);
            String javaHash = java.encode(PASSWORD);
            run(threads, 5, i -> java.matches(PASSWORD, javaHash));
            double javaAlone = run(threads, SECONDS, i -> java.matches(PASSWORD, javaHash));
            double service = run(threads, SECONDS, i -> signIn.authenticate(new SignInAttempt(
                    users.get((int) (i % users.size())), PASSWORD, "10.0.0." + (i % 200), null, "bench")).succeeded());
            HttpClient http = HttpClient.newHttpClient();
            double overHttp = run(threads * 2, SECONDS, i -> httpLogin(http, port, users.get((int) (i % users.size()))));
            report(threads, hashAlone, javaAlone, service, overHttp);
        } finally {
            app.close();
        }
    }

    private static List<String> createMembers(ConfigurableApplicationContext app) {
        Accounts accounts = app.getBean(Accounts.class);
        PasswordChange change = app.getBean(PasswordChange.class);
        Clock clock = app.getBean(Clock.class);
        return IntStream.range(0, ACCOUNTS).mapToObj(i -> {
            String user = String.format("%08d", 50000 + i);
            Account a = TestAccounts.memberWithInitialPassword(accounts, clock, user, "Đảng viên " + i, "Một-lần-2026!");
            change.change(a.getId(), new PasswordChangeRequest("Một-lần-2026!", PASSWORD, PASSWORD), "bench", null);
            return user;
        }).toList();
    }

    private static boolean httpLogin(HttpClient http, int port, String user) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public interface Operation {
        boolean run(long i) throws Exception;
    }

    /** Operations per second with {@code threads} threads for {@code seconds}; every operation must succeed. */
    public static double run(int threads, long seconds, Operation op) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        if (!op.run(done.getAndIncrement())) {
                            failed.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " operations failed");
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void report(int threads, double hashAlone, double javaAlone, double service, double overHttp)
            throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        String md = """
                ## Sign-in throughput

                Command: `./mvnw -q -Pbench test-compile exec:exec -Dbench.class=vn.sotay.bench.SignInBenchmark`
                Machine: %s. Hash: Argon2id, 7 MiB, 5 passes, 1 lane (Keycloak's default), %d threads, %d s each.

                | what | sign-ins/s | per core | ratio to the hash alone |
                |---|---|---|---|
                | Argon2id `matches` alone, native libargon2 as Sotay uses it (the reference, the limit) | %.1f | %.1f | 1.00 |
                | Argon2id `matches` alone, Java (BouncyCastle, Spring's encoder) — for comparison | %.1f | %.1f | %.2f |
                | `SignIn.authenticate` (throttle check, account load, hash, audit row, device cookie) | %.1f | %.1f | %.2f |
                | `POST /api/v1/auth/login` over HTTP (plus token issue; client on the same cores) | %.1f | %.1f | %.2f |

                Keycloak's published sizing is 15 password sign-ins per second per vCPU at this hash cost; over HTTP
                Sotay does %.1f per core, %.1f× that.
                """.formatted(BenchReport.machine(), threads, SECONDS, hashAlone, hashAlone / cores,
                javaAlone, javaAlone / cores, javaAlone / hashAlone, service,
                service / cores, service / hashAlone, overHttp, overHttp / cores, overHttp / hashAlone,
                overHttp / cores, overHttp / cores / 15.0);
        BenchReport.write("signin", md);
    }
}
