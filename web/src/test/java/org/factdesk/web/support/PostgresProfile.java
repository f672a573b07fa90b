package org.factdesk.web.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs the app against the local PostgreSQL instead of H2, in a schema of its own that Flyway
 * empties first, so each run starts from the same migrations and seeds.
 */
public class PostgresProfile implements QuarkusTestProfile {

    public static final String SCHEMA = "factdesk_test";
    public static final String JDBC_URL = System.getProperty("factdesk.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("factdesk.test.postgres.user", "postgres");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", JDBC_URL + "?currentSchema=" + SCHEMA,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "",
                "quarkus.flyway.schemas", SCHEMA,
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }
}
