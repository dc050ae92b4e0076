package vn.sotay.account;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.support.PostgresDatabase;

/** Every sign-in test again, on the real PostgreSQL: migrations, accounts, throttling, tokens. */
class SignInPostgresIT extends SignInTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
