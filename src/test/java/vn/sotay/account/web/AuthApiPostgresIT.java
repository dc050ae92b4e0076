package vn.sotay.account.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.support.PostgresDatabase;

/** The API sign-in tests again, on the real PostgreSQL. */
class AuthApiPostgresIT extends AuthApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
