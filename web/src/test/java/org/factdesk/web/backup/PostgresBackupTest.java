package org.factdesk.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.PROBLEM_JSON;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.factdesk.web.support.BusyDesk;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskDigest;
import org.factdesk.web.support.PageSession;
import org.factdesk.web.support.PostgresToolsAvailable;
import org.factdesk.web.support.RequiresPostgres;
import org.factdesk.web.support.TestDatabases;
import org.factdesk.web.support.ThrowawaySchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL the desk does not back itself up: the button and the API point to pg_dump, and a
 * pg_dump -Fc of a busy desk's schema, restored with pg_restore into a database of its own, holds
 * the same rows and the same numbering.
 */
@QuarkusTest
@TestProfile(PostgresBackupTest.InAThrowawaySchema.class)
@RequiresPostgres
class PostgresBackupTest {

    /** A schema of its own, dropped after the class: other runs use factdesk_* schemas at the same time. */
    public static class InAThrowawaySchema implements QuarkusTestProfile {
        /** The database kind is fixed when the application is built, before any test resource starts. */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.db-kind", "postgresql");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ThrowawaySchema.class));
        }
    }

    @Test
    void theBackupApiAndPageSayToUsePgDumpInsteadOfPretending() {
        Response refused = Desk.as(ADA).post("/api/v1/backups");

        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(refused.jsonPath().getString("detail")).contains("PostgreSQL", "pg_dump", "README");
        assertThat(PageSession.signIn(ADA).page("/admin/backups")).contains("pg_dump").doesNotContain("Back up now");
    }

    @Test
    @ExtendWith(PostgresToolsAvailable.class)
    void aPgDumpOfABusyDeskRestoresWithPgRestoreToTheSameRowsAndNumbering() throws Exception {
        String schema = ConfigProvider.getConfig().getValue("quarkus.flyway.schemas", String.class);
        String restoredDatabase = schema + "_restored";
        BusyDesk desk = BusyDesk.fill();
        long lastEvent = Desk.lastSeq();
        Path dump = Files.createTempFile(schema, ".dump");
        try {
            DeskDigest before = digest(TestDatabases.POSTGRES_URL, schema);
            run("pg_dump", "-Fc", "-h", "127.0.0.1", "-p", "5432", "-U", TestDatabases.POSTGRES_USER, "-d", "test",
                    "-n", schema, "-f", dump.toString());
            assertThat(digest(TestDatabases.POSTGRES_URL, schema)).as("nothing changed on the desk while it was dumped")
                    .isEqualTo(before);
            execute(TestDatabases.POSTGRES_URL, "create database " + restoredDatabase);

            run("pg_restore", "--exit-on-error", "--no-owner", "-h", "127.0.0.1", "-p", "5432",
                    "-U", TestDatabases.POSTGRES_USER, "-d", restoredDatabase, dump.toString());

            String restoredUrl = "jdbc:postgresql://127.0.0.1:5432/" + restoredDatabase;
            DeskDigest after = digest(restoredUrl, schema);
            assertThat(after).as("every table row for row, and every id sequence where it was").isEqualTo(before);
            assertThat(after.rowsOf("claim")).isGreaterThanOrEqualTo(7);
            assertThat(after.rowsOf("published_verdict")).isGreaterThanOrEqualTo(3);
            assertThat(after.rowsOf("source")).isGreaterThanOrEqualTo(4);
            assertThat(after.rowsOf("review_event")).isGreaterThanOrEqualTo(30);
            assertThat(after.rowsOf("api_token")).isGreaterThanOrEqualTo(2);
            assertThat(after.sequences()).containsKeys("claim_seq", "source_seq", "api_token_seq");
            try (Connection restored = DriverManager.getConnection(restoredUrl, TestDatabases.POSTGRES_USER, "");
                    Statement query = restored.createStatement()) {
                ResultSet last = query.executeQuery("select (select max(seq) from " + schema + ".review_event), "
                        + "(select last_seq from " + schema + ".event_counter where name = 'review_event'), "
                        + "(select count(*) from " + schema + ".published_verdict where claim_id = " + desk.corrected() + ")");
                assertThat(last.next()).isTrue();
                assertThat(last.getLong(1)).as("the change feed's last event").isEqualTo(lastEvent);
                assertThat(last.getLong(2)).as("the next event continues the feed's numbering").isEqualTo(lastEvent);
                assertThat(last.getLong(3)).as("both published versions of the corrected fact-check").isEqualTo(2);
            }
        } finally {
            Files.deleteIfExists(dump);
            execute(TestDatabases.POSTGRES_URL, "drop database if exists " + restoredDatabase + " with (force)");
        }
    }

    private static DeskDigest digest(String url, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
            return DeskDigest.of(connection, schema);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a PostgreSQL client tool and fails the test with its own words when it fails. */
    private static void run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("pg-tool", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("PGCONNECT_TIMEOUT", "10");
            Process process = builder.start();
            boolean ended = process.waitFor(2, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly();
            }
            assertThat(ended && process.exitValue() == 0)
                    .as("%s: %s", String.join(" ", command), Files.readString(output, StandardCharsets.UTF_8)).isTrue();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
