package org.factdesk.web.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.factdesk.core.Refusal;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityLog;
import org.jboss.logging.Logger;

/**
 * Backs up an H2 file database while the desk keeps working, with H2's own {@code BACKUP TO}: one
 * zip holding the database file as of one consistent moment. A desk on PostgreSQL, or on an H2
 * database held in memory, has nothing here to copy and says so rather than pretending.
 */
@ApplicationScoped
public class DeskBackups {

    static final String ON_POSTGRESQL = "This desk runs on PostgreSQL, which the desk does not back up itself: "
            + "back up its database with pg_dump -Fc and restore it with pg_restore (see \"Backup and restore\" in the README).";
    static final String IN_MEMORY = "This desk's H2 database is held in memory, so there is no database file to back up; "
            + "run the desk on an H2 file (the default) or on PostgreSQL.";
    private static final String CHOOSE_FOLDER = "Set FACTDESK_BACKUP_DIR to a folder the desk may write to.";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** factdesk-2026-12-07T061205Z.zip, and -2, -3… for a second backup within the same second. */
    private static final Pattern NAME = Pattern.compile("factdesk-(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)(?:-(\\d{1,3}))?\\.zip");
    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparing(backup -> sameSecondNumber(backup.name())).reversed();
    /** H2's error code when the database has no file (ErrorCode.DATABASE_IS_NOT_PERSISTENT). */
    private static final int H2_NOT_PERSISTENT = 90126;
    private static final Logger LOG = Logger.getLogger(DeskBackups.class);

    private final DataSource dataSource;
    private final Path folder;
    private final Clock clock;
    private final ReentrantLock writing = new ReentrantLock();
    private volatile Optional<String> whyNot;

    /** Told of each backup taken and by whom: the security log, in the application. */
    private final BiConsumer<String, Backup> afterBackup;

    @Inject
    DeskBackups(DataSource dataSource, BackupSettings settings, Clock clock, SecurityLog securityLog) {
        this(dataSource, settings, clock, (admin, backup) -> securityLog.recordAlone(Kind.ADMIN_ACTION, null, admin, null,
                "Backed up the desk to " + backup.name() + "."));
    }

    DeskBackups(DataSource dataSource, BackupSettings settings, Clock clock, BiConsumer<String, Backup> afterBackup) {
        this.dataSource = dataSource;
        this.folder = settings.dir().toAbsolutePath().normalize();
        this.clock = clock;
        this.afterBackup = afterBackup;
    }

    /** The folder backups are written to, on the desk's own machine. */
    public Path folder() {
        return folder;
    }

    /** Why this desk cannot back itself up, or empty when it can. */
    public Optional<String> whyNotHere() {
        Optional<String> known = whyNot;
        if (known == null) {
            known = askTheDatabase();
            whyNot = known;
        }
        return known;
    }

    /** Writes a backup of the database as it is now into the folder, and answers what was written. */
    public Backup takeNow(String admin) {
        whyNotHere().ifPresent(reason -> {
            throw Refusal.conflict(reason);
        });
        if (!writing.tryLock()) {
            throw Refusal.conflict("A backup is being written right now; try again once it is listed.");
        }
        try {
            prepareFolder();
            Path file = freeFileFor(clock.instant());
            // H2 writes the zip under a name the list ignores; only a complete backup gets its real name.
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            long started = System.nanoTime();
            try {
                backUpTo(partial);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (SQLException | IOException e) {
                deleteQuietly(partial);
                if (e instanceof SQLException sql && sql.getErrorCode() == H2_NOT_PERSISTENT) {
                    throw Refusal.conflict(IN_MEMORY);
                }
                LOG.warnf(e, "A backup into %s failed", folder);
                throw Refusal.conflict("The backup could not be written to " + folder + " (" + reasonOf(e) + "). "
                        + CHOOSE_FOLDER);
            }
            Backup taken = describe(file).orElseThrow(() -> Refusal.conflict(
                    "The backup " + file.getFileName() + " was written but is gone from " + folder + "."));
            LOG.infof("%s backed up the desk to %s (%d bytes, %d ms)", admin, file, taken.size(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            afterBackup.accept(admin, taken);
            return taken;
        } finally {
            writing.unlock();
        }
    }

    /** Every backup in the folder, newest first; other files there are not backups and are left out. */
    public List<Backup> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(this::describe).flatMap(Optional::stream).sorted(NEWEST_FIRST).toList();
        } catch (IOException e) {
            throw Refusal.conflict("The backup folder " + folder + " cannot be read (" + reasonOf(e) + "). " + CHOOSE_FOLDER);
        }
    }

    /** The backup of that name; a name that is not a backup's (a path, say) is never looked up. */
    public Optional<Backup> named(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return describe(folder.resolve(name));
    }

    private Optional<String> askTheDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            String product = database.getDatabaseProductName();
            if ("PostgreSQL".equalsIgnoreCase(product)) {
                return Optional.of(ON_POSTGRESQL);
            }
            if (!"H2".equalsIgnoreCase(product)) {
                return Optional.of("This desk runs on " + product + ", which it cannot back up itself; use the database's own tools.");
            }
            String url = database.getURL();
            return url != null && url.startsWith("jdbc:h2:mem:") ? Optional.of(IN_MEMORY) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not say what it is", e);
        }
    }

    private void prepareFolder() {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw Refusal.conflict("The backup folder " + folder + " is a file, not a folder. " + CHOOSE_FOLDER);
        } catch (IOException e) {
            throw Refusal.conflict("The backup folder " + folder + " cannot be created (" + reasonOf(e) + "). " + CHOOSE_FOLDER);
        }
        if (!Files.isWritable(folder)) {
            throw Refusal.conflict("The desk may not write to the backup folder " + folder + ". " + CHOOSE_FOLDER);
        }
    }

    private Path freeFileFor(Instant now) {
        String stamp = STAMP.format(now);
        Path file = folder.resolve("factdesk-" + stamp + ".zip");
        for (int again = 2; Files.exists(file); again++) {
            file = folder.resolve("factdesk-" + stamp + "-" + again + ".zip");
        }
        return file;
    }

    private void backUpTo(Path file) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        }
    }

    private Optional<Backup> describe(Path file) {
        String name = file.getFileName().toString();
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(name, Files.size(file), Instant.from(STAMP.parse(matcher.group(1)))));
        } catch (DateTimeException | IOException e) {
            // a name that only looks like a backup's, or a file deleted meanwhile
            return Optional.empty();
        }
    }

    private static int sameSecondNumber(String name) {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : 1;
    }

    /** The database's or the file system's own words, without the statement H2 appends. */
    private static String reasonOf(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int statement = message.indexOf("; SQL statement:");
        return (statement < 0 ? message : message.substring(0, statement)).strip();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("A half-written backup %s could not be deleted (%s)", file, e.toString());
        }
    }
}
