package org.factdesk.web.support;

import java.util.HashMap;
import java.util.Map;

/**
 * Configuration for a test profile that needs a database of its own: a fresh in-memory H2 database,
 * or, when the suite runs on PostgreSQL, a schema of its own that Flyway empties first.
 */
public final class TestDatabases {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRES_USER = "postgres";

    private TestDatabases() {
    }

    /** True when this run of the suite is the PostgreSQL one. */
    public static boolean suiteOnPostgres() {
        return "postgresql".equals(System.getenv("FACTDESK_DB_KIND"));
    }

    /** A fresh database named {@code name}, on the suite's database kind. */
    public static Map<String, String> fresh(String name) {
        return suiteOnPostgres() ? postgresSchema(name) : h2(name);
    }

    public static Map<String, String> postgresSchema(String schema) {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.db-kind", "postgresql");
        config.put("quarkus.datasource.jdbc.url", POSTGRES_URL + "?currentSchema=" + schema);
        config.put("quarkus.datasource.username", POSTGRES_USER);
        config.put("quarkus.datasource.password", "");
        config.put("quarkus.flyway.schemas", schema);
        return config;
    }

    private static Map<String, String> h2(String name) {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.db-kind", "h2");
        config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return config;
    }
}
