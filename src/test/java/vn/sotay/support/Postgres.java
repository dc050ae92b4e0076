package vn.sotay.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the real PostgreSQL server for one test class. The server is
 * {@code SOTAY_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code SOTAY_TEST_PG_USER} default {@code postgres}, password {@code SOTAY_TEST_PG_PASSWORD}). Where no
 * server answers, the tests are skipped on a developer machine and fail in CI ({@code CI=true}).
 */
public final class Postgres {

    private static final String URL = env("SOTAY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = env("SOTAY_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("SOTAY_TEST_PG_PASSWORD", "");

    private Postgres() {
    }

    private static boolean cleaned;

    /** Drops the test databases an earlier run left behind (their contexts were closed at that JVM's exit). */
    private static synchronized void dropLeftovers(Connection c) throws SQLException {
        if (cleaned) {
            return;
        }
        cleaned = true;
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("select datname from pg_database where datname like 'sotay_test_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            try (Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String createDatabase() {
        String name = "sotay_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            dropLeftovers(c);
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is required in CI but does not answer at " + URL, e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + URL + ": " + e.getMessage());
        }
        return URL.substring(0, URL.lastIndexOf('/') + 1) + name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
