package vn.sotay.account.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.sotay.account.AccountSettings;

/**
 * Long-term passwords: Argon2id with Keycloak's default cost (7 MiB, 5 passes, 1 lane) unless configured,
 * computed by the native reference library where it loads (the Java implementation otherwise: same format),
 * behind a {@link DelegatingPasswordEncoder} so that the cost or the algorithm can be raised later and old
 * hashes are upgraded at the next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PasswordHashing.class);

    @Bean
    PasswordEncoder passwordEncoder(AccountSettings settings) {
        AccountSettings.Hash h = settings.hash();
        PasswordEncoder argon2 = NativeArgon2PasswordEncoder.available()
                ? new NativeArgon2PasswordEncoder(h.memoryKib(), h.iterations(), h.parallelism())
                : new Argon2PasswordEncoder(16, 32, h.parallelism(), h.memoryKib(), h.iterations());
        LOG.info("Password hashing: Argon2id m={} KiB, t={}, p={} ({})", h.memoryKib(), h.iterations(), h.parallelism(),
                argon2 instanceof NativeArgon2PasswordEncoder ? "native libargon2" : "Java implementation");
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }
}
