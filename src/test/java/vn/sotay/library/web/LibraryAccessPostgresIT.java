package vn.sotay.library.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.support.PostgresDatabase;

/** {@link LibraryAccessTest} again, on the real PostgreSQL. */
class LibraryAccessPostgresIT extends LibraryAccessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
