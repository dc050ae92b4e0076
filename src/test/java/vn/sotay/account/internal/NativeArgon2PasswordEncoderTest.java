package vn.sotay.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class NativeArgon2PasswordEncoderTest {

    private final NativeArgon2PasswordEncoder nativeEncoder = new NativeArgon2PasswordEncoder(7168, 5, 1);
    private final Argon2PasswordEncoder javaEncoder = new Argon2PasswordEncoder(16, 32, 1, 7168, 5);

    @Test
    void nativeAndJavaHashesAreInterchangeable() {
        assertThat(NativeArgon2PasswordEncoder.available()).isTrue();
        String fromNative = nativeEncoder.encode("Mậtkhẩu1!");
        String fromJava = javaEncoder.encode("Mậtkhẩu1!");
        assertThat(fromNative).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
        assertThat(javaEncoder.matches("Mậtkhẩu1!", fromNative)).isTrue();
        assertThat(nativeEncoder.matches("Mậtkhẩu1!", fromJava)).isTrue();
        assertThat(nativeEncoder.matches("Mậtkhẩu1?", fromJava)).isFalse();
        assertThat(nativeEncoder.matches("Mậtkhẩu1!", "garbage")).isFalse();
    }

    @Test
    void weakerStoredParametersAskForAnUpgrade() {
        String weak = new NativeArgon2PasswordEncoder(4096, 3, 1).encode("Sotay@2026");
        assertThat(nativeEncoder.upgradeEncoding(weak)).isTrue();
        assertThat(nativeEncoder.upgradeEncoding(nativeEncoder.encode("Sotay@2026"))).isFalse();
    }
}
