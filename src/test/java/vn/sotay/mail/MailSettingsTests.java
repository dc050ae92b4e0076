package vn.sotay.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTests {

    private static MailSettings settings(Duration base, Duration max) {
        return new MailSettings("Sổ tay đảng viên <no-reply@localhost>", Duration.ofSeconds(5), 50, 20, base, max,
                Duration.ofMinutes(5));
    }

    @Test
    void backoffDoublesFromTheBaseUpToTheMaximum() {
        MailSettings s = settings(Duration.ofSeconds(30), Duration.ofHours(1));
        assertThat(s.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(s.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(s.backoff(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesABaseAboveTheMaximum() {
        assertThatThrownBy(() -> settings(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base-backoff");
    }
}
