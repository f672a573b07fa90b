package org.factdesk.web.backup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.PROBLEM_JSON;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.factdesk.web.support.BusyDesk;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskDigest;
import org.factdesk.web.support.PageSession;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Online backups of an H2 file database, taken by an admin through the API or the backups page, and
 * restored the way the README tells an operator to: unzip, open, and find the same desk.
 */
@QuarkusTest
@TestProfile(BackupTest.OnAnH2File.class)
class BackupTest {

    static final Path HERE = Path.of("target", "backup-test").toAbsolutePath();
    static final Path BACKUPS = HERE.resolve("backups");
    static final String DATABASE = "factdesk";
    static final String BACKUP_NAME = "factdesk-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z(-\\d+)?\\.zip";

    /**
     * Backups need a database file, so this desk runs on an H2 file under target/ whichever database
     * the rest of the suite runs on (PostgreSQL backups are pg_dump's, see PostgresBackupTest).
     */
    public static class OnAnH2File implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.db-kind", "h2");
            config.put("quarkus.datasource.jdbc.url", h2Url(HERE.resolve("desk")) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            config.put("quarkus.datasource.username", "factdesk");
            config.put("quarkus.datasource.password", "");
            config.put("quarkus.flyway.schemas", "PUBLIC");
            config.put("factdesk.backup.dir", BACKUPS.toString());
            return config;
        }
    }

    @Inject
    DataSource liveDatabase;

    @BeforeAll
    static void startWithAnEmptyBackupFolder() throws IOException {
        deleteTree(BACKUPS);
        deleteTree(HERE.resolve("restored"));
    }

    // ---- what a backup brings back ----

    @Test
    void aBackupOfABusyDeskRestoresEveryClaimVersionSourceEventAndToken() throws Exception {
        BusyDesk desk = BusyDesk.fill();
        Map<String, Integer> listedByState = new TreeMap<>();
        BusyDesk.STATES.forEach(state -> listedByState.put(state, Desk.countInState(state)));
        long lastEvent = Desk.lastSeq();
        DeskDigest before = liveDigest();

        Response taken = Desk.as(ADA).post("/api/v1/backups");

        assertThat(taken.statusCode()).as(taken.asString()).isEqualTo(201);
        DeskDigest afterBackup = liveDigest();
        assertThat(afterBackup.without("security_event")).as("nothing changed on the desk while it was backed up")
                .isEqualTo(before.without("security_event"));
        assertThat(afterBackup.rowsOf("security_event")).as("one line in the security log says who backed up")
                .isEqualTo(before.rowsOf("security_event") + 1);
        Path restored = unzip(BACKUPS.resolve(taken.jsonPath().getString("name")), HERE.resolve("restored"));
        assertThat(restored.resolve(DATABASE + ".mv.db")).as("the zip holds the database file the README names").exists();

        try (Connection back = DriverManager.getConnection(h2Url(restored), "factdesk", "")) {
            DeskDigest after = DeskDigest.of(back, "PUBLIC");
            assertThat(after.tables()).as("every table, row for row").isEqualTo(before.tables());
            assertThat(after.rowsOf("claim")).isGreaterThanOrEqualTo(7);
            assertThat(after.rowsOf("published_verdict")).isGreaterThanOrEqualTo(3);
            assertThat(after.rowsOf("source")).isGreaterThanOrEqualTo(4);
            assertThat(after.rowsOf("verdict")).isGreaterThanOrEqualTo(4);
            assertThat(after.rowsOf("review_event")).isGreaterThanOrEqualTo(30);
            assertThat(after.rowsOf("api_token")).isGreaterThanOrEqualTo(2);
            // H2 keeps a sequence's reserved values ahead on disk, so a restored sequence may be further on: never behind.
            before.sequences().forEach((sequence, next) -> assertThat(after.sequences().get(sequence))
                    .as("the restored %s hands out no id the desk has used", sequence).isGreaterThanOrEqualTo(next));

            assertThat(claimsByState(back)).as("the claims the API listed in each state").isEqualTo(listedByState);
            assertThat(number(back, "select max(seq) from review_event")).as("the change feed's last event").isEqualTo(lastEvent);
            assertThat(number(back, "select last_seq from event_counter where name = 'review_event'"))
                    .as("the next event continues the feed's numbering").isEqualTo(lastEvent);
            assertThat(number(back, "select count(*) from published_verdict where claim_id = " + desk.corrected()))
                    .as("both published versions of the corrected fact-check").isEqualTo(2);
            assertThat(number(back, "select count(*) from api_token where revoked_at is not null")).isGreaterThanOrEqualTo(1);
        }
        Flyway flyway = Flyway.configure().dataSource(h2Url(restored), "factdesk", "").load();
        assertThat(flyway.info().pending()).as("the restored database needs no migration to start").isEmpty();
        flyway.validate();
    }

    // ---- taking and listing backups through the API ----

    @Test
    void anAdminTakesABackupThroughTheApiAndFindsItListedWithItsSizeAndTime() {
        Instant asked = Instant.now().minusSeconds(1);

        Response taken = Desk.as(ADA).post("/api/v1/backups");

        assertThat(taken.statusCode()).as(taken.asString()).isEqualTo(201);
        JsonPath backup = taken.jsonPath();
        String name = backup.getString("name");
        assertThat(name).matches(BACKUP_NAME);
        assertThat(Instant.parse(backup.getString("takenAt"))).isBetween(asked, Instant.now());
        assertThat(backup.getLong("size")).isEqualTo(sizeOf(BACKUPS.resolve(name))).isPositive();
        assertThat(URI.create(taken.header("Location")).getPath()).isEqualTo("/api/v1/backups/" + name);

        List<Map<String, Object>> listed = Desk.as(ADA).get("/api/v1/backups").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(listed).extracting(b -> b.get("name")).contains(name);
        assertThat(Desk.as(ADA).get("/api/v1/backups/" + name).then().statusCode(200).extract().jsonPath().getLong("size"))
                .isEqualTo(backup.getLong("size"));
    }

    @Test
    void twoBackupsInQuickSuccessionGetTwoFilesAndTheNewestIsListedFirst() {
        String first = Desk.as(ADA).post("/api/v1/backups").then().statusCode(201).extract().path("name");
        String second = Desk.as(ADA).post("/api/v1/backups").then().statusCode(201).extract().path("name");

        assertThat(second).isNotEqualTo(first);
        assertThat(BACKUPS.resolve(first)).exists();
        List<String> listed = Desk.as(ADA).get("/api/v1/backups").then().statusCode(200).extract().jsonPath().getList("name");
        assertThat(listed.indexOf(second)).isLessThan(listed.indexOf(first));
    }

    @Test
    void anEditorAndAReviewerCanNeitherTakeNorListBackups() {
        int before = backupFiles();
        for (String someone : List.of(EDNA, RITA)) {
            Desk.as(someone).post("/api/v1/backups").then().statusCode(403).contentType(PROBLEM_JSON);
            Desk.as(someone).get("/api/v1/backups").then().statusCode(403).contentType(PROBLEM_JSON);
            assertThat(PageSession.signIn(someone).get("/admin/backups").statusCode()).isEqualTo(403);
        }
        given().post("/api/v1/backups").then().statusCode(401).contentType(PROBLEM_JSON);
        assertThat(backupFiles()).isEqualTo(before);
    }

    @Test
    void aNameThatIsNotABackupIsNotFoundAndNoPathIsFollowed() throws IOException {
        Files.createDirectories(BACKUPS);
        Files.writeString(BACKUPS.resolve("notes.txt"), "not a backup");
        Files.writeString(BACKUPS.resolve("factdesk-2026-01-01T000000Z.zip.part"), "half a backup");

        for (String name : List.of("notes.txt", "..%2F..%2Fpom.xml", "factdesk-2026-01-01T000000Z.zip.part",
                "factdesk-2026-13-45T999999Z.zip")) {
            Desk.as(ADA).get("/api/v1/backups/" + name).then().statusCode(404).contentType(PROBLEM_JSON);
        }
        List<String> listed = Desk.as(ADA).get("/api/v1/backups").then().statusCode(200).extract().jsonPath().getList("name");
        assertThat(listed).allMatch(name -> name.matches(BACKUP_NAME));
    }

    @Test
    void aBackupFolderTheDeskCannotWriteToIsAClearConflictAndLeavesNoBackup() throws IOException {
        Files.createDirectories(BACKUPS);
        Path aside = HERE.resolve("backups-aside");
        deleteTree(aside);
        Files.move(BACKUPS, aside);
        Files.writeString(BACKUPS, "a file where the backup folder should be");
        try {
            Response refused = Desk.as(ADA).post("/api/v1/backups");

            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
            assertThat(refused.jsonPath().getString("detail")).contains(BACKUPS.toString(), "FACTDESK_BACKUP_DIR");

            PageSession ada = PageSession.signIn(ADA);
            assertThat(ada.redirectAfter("/admin/backups", "/admin/backups", Map.of("back", "/admin/backups")))
                    .isEqualTo("/admin/backups");
            assertThat(ada.page("/admin/backups")).contains("FACTDESK_BACKUP_DIR").doesNotContain("The desk is backed up to");
        } finally {
            Files.delete(BACKUPS);
            Files.move(aside, BACKUPS);
        }
    }

    // ---- the backups page ----

    @Test
    void anAdminBacksUpFromTheBackupsPageAndSeesTheNewBackupListed() {
        PageSession ada = PageSession.signIn(ADA);
        assertThat(ada.page("/admin")).contains("href=\"/admin/backups\"");
        assertThat(ada.page("/admin/backups")).contains("Back up now", BACKUPS.toString());
        int before = backupFiles();

        assertThat(ada.redirectAfter("/admin/backups", "/admin/backups", Map.of("back", "/admin/backups")))
                .isEqualTo("/admin/backups");

        assertThat(backupFiles()).isEqualTo(before + 1);
        String page = ada.page("/admin/backups");
        String newest = Desk.as(ADA).get("/api/v1/backups").then().extract().jsonPath().getString("[0].name");
        assertThat(page).contains("The desk is backed up to " + newest, "<td>" + newest + "</td>");
    }

    @Test
    void theBackupFormWithoutItsCsrfTokenWritesNoBackup() {
        PageSession ada = PageSession.signIn(ADA);
        int before = backupFiles();

        Response refused = ada.postForm("/admin/backups", "/admin/backups", Map.of("back", "/admin/backups"));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(URI.create(refused.header("Location")).getPath()).isEqualTo("/admin/backups");
        assertThat(ada.page("/admin/backups")).contains("role=\"alert\"").doesNotContain("The desk is backed up to");
        assertThat(backupFiles()).isEqualTo(before);
    }

    // ---- helpers ----

    private DeskDigest liveDigest() throws SQLException {
        try (Connection live = liveDatabase.getConnection()) {
            return DeskDigest.of(live, "PUBLIC");
        }
    }

    static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(DATABASE);
    }

    private static Map<String, Integer> claimsByState(Connection connection) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        BusyDesk.STATES.forEach(state -> counts.put(state, 0));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select state, count(*) from claim group by state")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static long number(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            assertThat(row.next()).as(query).isTrue();
            return row.getLong(1);
        }
    }

    /** Unzips into a new folder of its own, as an operator would beside the data folder. */
    private static Path unzip(Path zip, Path under) throws IOException {
        Path folder = Files.createDirectories(under).resolve(zip.getFileName().toString().replace(".zip", ""));
        Files.createDirectories(folder);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as("zip entry %s stays in its folder", entry.getName()).isTrue();
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int backupFiles() {
        if (!Files.isDirectory(BACKUPS)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(BACKUPS)) {
            return (int) files.filter(f -> f.getFileName().toString().matches(BACKUP_NAME)).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
