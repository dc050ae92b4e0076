package vn.sotay.support;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of application tests: each test class gets its own in-memory H2 database (PostgreSQL mode, as the
 * embedded default runs) and data folder, and a known initial admin password.
 */
public abstract class AppTest {

    public static final String ADMIN_INITIAL_PASSWORD = "Khởi-tạo-2026!";

    @DynamicPropertySource
    static void isolatedStorage(DynamicPropertyRegistry registry) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:t" + id
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("sotay.data-dir", () -> "target/test-data/" + id);
        registry.add("sotay.admin.initial-password", () -> ADMIN_INITIAL_PASSWORD);
    }
}
