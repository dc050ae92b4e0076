package vn.sotay.library.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.support.PostgresDatabase;

/** {@link FileDeliveryTest} again, on the real PostgreSQL. */
class FileDeliveryPostgresIT extends FileDeliveryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
