package org.factdesk.web.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a database holds, made comparable: for every table of a schema its row count and a SHA-256
 * over every column of every row in primary-key order, and the value of every sequence. Two
 * databases with equal digests hold the same rows, in H2 or PostgreSQL alike.
 */
public record DeskDigest(Map<String, Table> tables, Map<String, Long> sequences) {

    /** One table: how many rows, and the digest of them all in key order. */
    public record Table(long rows, String sha256) {
    }

    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");

    public static DeskDigest of(Connection connection, String schema) throws SQLException {
        DatabaseMetaData database = connection.getMetaData();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet found = database.getTables(null, schema, "%", null)) {
            while (found.next()) {
                if (TABLE_TYPES.contains(found.getString("TABLE_TYPE").toUpperCase(Locale.ROOT))) {
                    String table = found.getString("TABLE_NAME");
                    tables.put(table.toLowerCase(Locale.ROOT), digest(connection, database, schema, table));
                }
            }
        }
        return new DeskDigest(tables, sequences(connection, database, schema));
    }

    /** The same digest without one table and its sequence, e.g. the security log a backup itself writes to. */
    public DeskDigest without(String table) {
        Map<String, Table> others = new TreeMap<>(tables);
        others.remove(table);
        Map<String, Long> otherSequences = new TreeMap<>(sequences);
        otherSequences.remove(table + "_seq");
        return new DeskDigest(others, otherSequences);
    }

    public long rowsOf(String table) {
        Table found = tables.get(table);
        return found == null ? 0 : found.rows();
    }

    private static Table digest(Connection connection, DatabaseMetaData database, String schema, String table)
            throws SQLException {
        List<String> key = new ArrayList<>();
        try (ResultSet columns = database.getPrimaryKeys(null, schema, table)) {
            Map<Short, String> bySequence = new TreeMap<>();
            while (columns.next()) {
                bySequence.put(columns.getShort("KEY_SEQ"), quoted(columns.getString("COLUMN_NAME")));
            }
            key.addAll(bySequence.values());
        }
        if (key.isEmpty()) {
            throw new IllegalStateException(table + " has no primary key, so its rows have no order to compare in");
        }
        MessageDigest sha = sha256();
        long rows = 0;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select * from " + quoted(schema) + "." + quoted(table)
                        + " order by " + String.join(", ", key))) {
            int width = row.getMetaData().getColumnCount();
            while (row.next()) {
                rows++;
                for (int column = 1; column <= width; column++) {
                    String value = row.getString(column);
                    sha.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1F);
                }
                sha.update((byte) 0x1E);
            }
        }
        return new Table(rows, HexFormat.of().formatHex(sha.digest()));
    }

    private static Map<String, Long> sequences(Connection connection, DatabaseMetaData database, String schema)
            throws SQLException {
        String query = "PostgreSQL".equals(database.getDatabaseProductName())
                ? "select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = ?"
                // H2's next value to hand out
                : "select sequence_name, base_value from information_schema.sequences where sequence_schema = ?";
        Map<String, Long> sequences = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, schema);
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    sequences.put(found.getString(1).toLowerCase(Locale.ROOT), found.getLong(2));
                }
            }
        }
        return sequences;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
