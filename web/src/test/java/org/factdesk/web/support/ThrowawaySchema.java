package org.factdesk.web.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL schema no other run uses (named {@value #PREFIX}…, after this JVM and a random number),
 * created for one test class and dropped once its application has stopped.
 */
public class ThrowawaySchema implements QuarkusTestResourceLifecycleManager {

    public static final String PREFIX = "backuptest_";

    private String schema;

    @Override
    public Map<String, String> start() {
        schema = PREFIX + ProcessHandle.current().pid() + "_" + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt(), 36);
        return TestDatabases.postgresSchema(schema);
    }

    @Override
    public void stop() {
        try (Connection connection = DriverManager.getConnection(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("The test schema " + schema + " could not be dropped", e);
        }
    }
}
