package org.factdesk.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.factdesk.core.Refusal;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup service on its own: plain H2 databases and a clock that stands still. */
class DeskBackupsTest {

    private static final Instant SEVEN_DECEMBER = Instant.parse("2026-12-07T06:12:05.250Z");

    @TempDir
    Path folder;

    @Test
    void twoBackupsInOneSecondGetNumberedNamesAndTheLaterIsListedFirst() throws SQLException {
        DeskBackups backups = new DeskBackups(h2("jdbc:h2:file:" + folder.resolve("db/factdesk")), () -> folder.resolve("backups"),
                Clock.fixed(SEVEN_DECEMBER, ZoneOffset.UTC), (admin, backup) -> { });

        Backup first = backups.takeNow("ada");
        Backup second = backups.takeNow("ada");

        assertThat(first.name()).isEqualTo("factdesk-2026-12-07T061205Z.zip");
        assertThat(second.name()).isEqualTo("factdesk-2026-12-07T061205Z-2.zip");
        assertThat(first.takenAt()).isEqualTo(Instant.parse("2026-12-07T06:12:05Z"));
        assertThat(backups.all()).extracting(Backup::name).containsExactly(second.name(), first.name());
        assertThat(folder.resolve("backups")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void anInMemoryDatabaseIsRefusedWithTheReasonAndNoFileIsWritten() throws SQLException {
        DeskBackups backups = new DeskBackups(h2("jdbc:h2:mem:desk-backups-test;DB_CLOSE_DELAY=-1"),
                () -> folder.resolve("backups"), Clock.systemUTC(), (admin, backup) -> { });

        assertThat(backups.whyNotHere()).contains(DeskBackups.IN_MEMORY);
        assertThatThrownBy(() -> backups.takeNow("ada")).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThat(Files.exists(folder.resolve("backups"))).isFalse();
        assertThat(backups.all()).isEmpty();
    }

    private static JdbcDataSource h2(String url) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("factdesk");
        dataSource.setPassword("");
        try (Connection open = dataSource.getConnection()) {
            open.createStatement().execute("create table if not exists claim (id bigint primary key)");
        }
        return dataSource;
    }
}
