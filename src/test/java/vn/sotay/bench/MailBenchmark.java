package vn.sotay.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.SotayApplication;
import vn.sotay.mail.Outbox;
import vn.sotay.support.FreePort;

/**
 * The outbox's delivery rate to a local SMTP server (GreenMail in this JVM), with the server down for 3 seconds in
 * the middle of the run; every message must arrive exactly once (counted by Message-ID). Reference: the same
 * messages sent straight through JavaMail over one connection per batch of 50, without the outbox.
 * Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.class=vn.sotay.bench.MailBenchmark}
 */
public final class MailBenchmark {

    private static final int MESSAGES = Integer.parseInt(BenchReport.setting("bench.mails", "5000"));

    public static void main(String[] args) throws Exception {
        int port = FreePort.find();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SotayApplication.class).run(
                "--sotay.data-dir=" + Files.createTempDirectory("sotay-bench-mail"), "--server.port=0",
                "--logging.level.root=WARN", "--logging.level.vn.sotay.mail=ERROR", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + port, "--sotay.mail.poll-interval=200ms", "--sotay.mail.base-backoff=1s",
                "--sotay.mail.max-backoff=2s");
        try {
            double reference = direct(app.getBean(JavaMailSender.class), smtp);
            smtp.purgeEmailFromAllMailboxes();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long start = System.nanoTime();
            queue(app);
            Thread.sleep(1000);
            MimeMessage[] beforeOutage = smtp.getReceivedMessages();
            smtp.stop();
            long down = jdbc.queryForObject("select count(*) from outbox_message where status = 'SENT'", Long.class);
            Thread.sleep(3000);
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            smtp.start();
            while (jdbc.queryForObject("select count(*) from outbox_message where status <> 'SENT'", Long.class) > 0) {
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report(seconds, reference, down, exactlyOnce(beforeOutage, smtp.getReceivedMessages(), jdbc));
        } finally {
            app.close();
            smtp.stop();
        }
    }

    private static void queue(ConfigurableApplicationContext app) {
        Outbox outbox = app.getBean(Outbox.class);
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        for (int i = 0; i < MESSAGES; i += 500) {
            int from = i;
            tx.executeWithoutResult(s -> {
                for (int n = from; n < Math.min(MESSAGES, from + 500); n++) {
                    outbox.queue("dv" + n + "@example.org", "Khởi tạo tài khoản trên hệ thống Sổ tay đảng Viên",
                            "Kính gửi đồng chí Nguyễn Văn " + n + ",\n" + "Tài khoản: " + (10_000_000 + n) + "\nMật khẩu: Xy7#abcdEFGH2345",
                            "BENCH", false);
                }
            });
        }
    }

    /** Messages per second sent directly by JavaMail in batches of 50 over one connection each. */
    private static double direct(JavaMailSender sender, GreenMail smtp) throws Exception {
        int n = Math.min(MESSAGES, 2000);
        long start = System.nanoTime();
        for (int i = 0; i < n; i += 50) {
            MimeMessage[] batch = new MimeMessage[Math.min(50, n - i)];
            for (int j = 0; j < batch.length; j++) {
                batch[j] = sender.createMimeMessage();
                MimeMessageHelper h = new MimeMessageHelper(batch[j], "UTF-8");
                h.setFrom("no-reply@localhost");
                h.setTo("ref" + (i + j) + "@example.org");
                h.setSubject("Khởi tạo tài khoản trên hệ thống Sổ tay đảng Viên");
                h.setText("Kính gửi đồng chí,\nTài khoản: " + (i + j));
            }
            sender.send(batch);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** Whether the two servers together received exactly one message per outbox row (by Message-ID). */
    private static String exactlyOnce(MimeMessage[] first, MimeMessage[] second, JdbcTemplate jdbc) {
        Set<String> ids = new HashSet<>();
        long duplicates = java.util.stream.Stream.concat(Arrays.stream(first), Arrays.stream(second)).filter(m -> {
            try {
                return !ids.add(m.getMessageID());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
        long rows = jdbc.queryForObject("select count(*) from outbox_message", Long.class);
        return "%,d messages queued, %,d distinct Message-IDs received (%,d before the outage, %,d after), %d duplicates — %s"
                .formatted(rows, ids.size(), first.length, second.length, duplicates,
                        ids.size() == rows && duplicates == 0 ? "exactly once" : "NOT exactly once");
    }

    private static void report(double seconds, double reference, long sentBeforeOutage, String check) throws Exception {
        String md = """
                ## E-mail delivery through the outbox

                Command: `./mvnw -q -Pbench test-compile exec:exec -Dbench.class=vn.sotay.bench.MailBenchmark`
                Machine: %s. Local SMTP server: GreenMail in the same JVM. %,d messages queued in transactions of 500;
                the SMTP server is stopped 1 s after the start (%,d were sent by then) and started again 3 s later.

                | what | messages/s | ratio |
                |---|---|---|
                | outbox: queue, claim, send in batches of 50 over one connection, mark sent — including the 3 s outage | %,.0f | %.2f |
                | reference: JavaMail alone, batches of 50 over one connection, no outbox, no outage | %,.0f | 1.00 |

                Target ≥ 100 e-mails/s. Check: %s.
                """.formatted(BenchReport.machine(), MESSAGES, sentBeforeOutage, MESSAGES / seconds, MESSAGES / seconds / reference,
                reference, check);
        BenchReport.write("mail", md);
    }
}
