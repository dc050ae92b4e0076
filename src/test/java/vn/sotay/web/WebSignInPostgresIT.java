package vn.sotay.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.support.PostgresDatabase;

/** The sign-in page tests again, on the real PostgreSQL. */
class WebSignInPostgresIT extends WebSignInTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
