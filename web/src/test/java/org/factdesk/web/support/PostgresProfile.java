package org.factdesk.web.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs the app against the local PostgreSQL in a schema of its own that Flyway empties first. */
public class PostgresProfile implements QuarkusTestProfile {

    public static final String SCHEMA = "factdesk_test";
    public static final String JDBC_URL = TestDatabases.POSTGRES_URL;
    public static final String USER = TestDatabases.POSTGRES_USER;

    @Override
    public Map<String, String> getConfigOverrides() {
        return TestDatabases.postgresSchema(SCHEMA);
    }
}
