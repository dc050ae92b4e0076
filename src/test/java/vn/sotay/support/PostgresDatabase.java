package vn.sotay.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test class's application context at its own fresh database on the real PostgreSQL server. */
public final class PostgresDatabase {

    private PostgresDatabase() {
    }

    public static String register(DynamicPropertyRegistry registry) {
        String url = Postgres.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
        return url;
    }
}
