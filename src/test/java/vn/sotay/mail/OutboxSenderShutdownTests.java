package vn.sotay.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;

/** On shutdown the sender finishes the batch in hand, records it, and claims nothing more. */
class OutboxSenderShutdownTests {

    @Test
    void stopWaitsForTheBatchInHandAndClaimsNoMore() throws Exception {
        MailSettings settings = new MailSettings("Sổ tay <a@localhost>", Duration.ofMillis(10), 2, 20,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(5));
        SmtpServer smtp = mock(SmtpServer.class);
        when(smtp.sender()).thenReturn(Optional.of(mock(JavaMailSender.class)));
        OutboxBatches batches = mock(OutboxBatches.class);
        Instant now = Instant.now();
        OutboxBatches.Claimed fullBatch = new OutboxBatches.Claimed(now, List.of(
                new OutboxMessage("<1@x>", "a@x.vn", "A", "a", "T", false, now),
                new OutboxMessage("<2@x>", "b@x.vn", "B", "b", "T", false, now)));
        when(batches.claim()).thenReturn(fullBatch);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BatchDelivery delivery = mock(BatchDelivery.class);
        when(delivery.deliver(any(), anyList())).thenAnswer(call -> {
            sending.countDown();
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            return Map.of();
        });

        OutboxSender sender = new OutboxSender(smtp, batches, delivery, settings);
        sender.start();
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(sender::stop);
        await().atMost(Duration.ofSeconds(5)).until(() -> !sender.isRunning());
        assertThat(stopping).isNotDone();

        release.countDown();
        stopping.get(10, TimeUnit.SECONDS);
        verify(batches, times(1)).claim();
        verify(batches, times(1)).record(fullBatch, Map.of());
    }
}
