package vn.sotay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work past its time limit: the caller goes on at the limit and the work's thread is interrupted. */
class TimeLimitTest {

    @Test
    void workPastTheLimitIsInterruptedAndTheCallerGoesOn() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        assertThatThrownBy(() -> TimeLimit.call(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            } finally {
                ended.countDown();
            }
            return "never";
        }, 200, "test-limit")).isInstanceOf(TimeoutException.class);
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted).isTrue();
    }

    @Test
    void aResultOrAnExceptionComesBackAsIs() throws Exception {
        assertThat(TimeLimit.call(() -> "xong", 10_000, "test-limit")).isEqualTo("xong");
        assertThatThrownBy(() -> TimeLimit.call(() -> {
            throw new IllegalStateException("hỏng");
        }, 10_000, "test-limit")).isInstanceOf(IllegalStateException.class).hasMessage("hỏng");
    }
}
