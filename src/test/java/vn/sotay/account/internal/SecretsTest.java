package vn.sotay.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.sotay.account.password.PasswordPolicy;
import vn.sotay.account.password.PasswordSettings;

class SecretsTest {

    @Test
    void oneTimePasswordsMeetTheSeedPolicyAndDoNotRepeat() {
        PasswordPolicy policy = new PasswordPolicy(new PasswordSettings(8, 128, true, true, true, true, true));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String p = Secrets.oneTimePassword(8);
            assertThat(p).hasSize(16);
            assertThat(policy.violations(p, "01234567")).as(p).isEmpty();
            assertThat(seen.add(p)).isTrue();
        }
    }

    @Test
    void tokensAreLongAndDigestsCompareInConstantTime() {
        String t = Secrets.token();
        assertThat(t).hasSize(43);
        assertThat(Secrets.sameDigest(Secrets.sha256(t), Secrets.sha256(t))).isTrue();
        assertThat(Secrets.sameDigest(Secrets.sha256(t), Secrets.sha256(t + "x"))).isFalse();
        assertThat(Secrets.sameDigest(null, "a")).isFalse();
    }
}
