package org.opora.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The checksum of the changelog a schema was last brought up to date with, kept in the schema itself (table
 * {@value #TABLE}, one row per changelog). When a module starts with a changelog whose checksum is the stored one,
 * Liquibase has nothing to do there, and the start skips it: no Liquibase lock, snapshot or history read, and
 * Liquibase's classes are not even loaded when no schema changed. The table is named like Liquibase's own
 * ({@code DATABASECHANGELOG…}) so that what lists a module's tables without Liquibase's (the move to PostgreSQL, the
 * test harness) leaves it out too.
 *
 * <p>Kept in the database, not in a file: a database restored from a copy brings its own stamps, and nodes sharing
 * one database server see the same ones. A changelog that includes others ({@code <include>}, {@code
 * <includeAll>}) has no checksum here (the included files may change alone): its schema is always migrated.
 *
 * <p>Example, what {@link SchemaMigrator} does:
 *
 * <pre>{@code
 * String sum = ChangelogStamp.checksum("db/core-changelog.xml", moduleLoader);   // null: always migrate
 * if (sum != null && ChangelogStamp.matches(c, "OPORACORE", "db/core-changelog.xml", sum)) {
 *     return;                                       // unchanged since the last successful migration
 * }
 * // ... Liquibase update, commit ...
 * ChangelogStamp.record(c, "OPORACORE", "db/core-changelog.xml", sum);
 * }</pre>
 */
final class ChangelogStamp {

    /** The table of the stamps, in each module's schema. */
    static final String TABLE = "DATABASECHANGELOGSTAMP";

    private ChangelogStamp() {
    }

    /**
     * The SHA-256 of the changelog's bytes as the module's class loader finds them.
     *
     * @return the checksum in hexadecimal, or {@code null} when the changelog is missing or includes other files
     */
    static String checksum(String changelog, ClassLoader moduleLoader) {
        try (InputStream in = moduleLoader.getResourceAsStream(changelog)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.contains("<include") || text.contains("includeAll")) {
                return null;
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /**
     * Whether the schema was last migrated successfully with exactly this changelog.
     *
     * @param schema the schema as the database stores its name
     */
    static boolean matches(Connection c, String schema, String changelog, String checksum) throws SQLException {
        if (!exists(c, schema)) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT CHECKSUM FROM " + schema + "." + TABLE
                + " WHERE CHANGELOG = ?")) {
            s.setString(1, changelog);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && checksum.equals(rs.getString(1));
            }
        }
    }

    /**
     * Stores the checksum of the changelog the schema has just been brought up to date with; the caller commits.
     *
     * @param schema the schema as the database stores its name
     */
    static void record(Connection c, String schema, String changelog, String checksum) throws SQLException {
        String table = schema + "." + TABLE;
        if (!exists(c, schema)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (CHANGELOG VARCHAR(255) NOT NULL PRIMARY KEY,"
                        + " CHECKSUM VARCHAR(64) NOT NULL, STAMPED TIMESTAMP NOT NULL)");
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE CHANGELOG = ?")) {
            s.setString(1, changelog);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table
                + " (CHANGELOG, CHECKSUM, STAMPED) VALUES (?, ?, ?)")) {
            s.setString(1, changelog);
            s.setString(2, checksum);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String schema) throws SQLException {
        String table = DatabaseProduct.of(c.getMetaData()).stored(TABLE);
        try (ResultSet rs = c.getMetaData().getTables(null, schema, table, null)) {
            return rs.next();
        }
    }
}
