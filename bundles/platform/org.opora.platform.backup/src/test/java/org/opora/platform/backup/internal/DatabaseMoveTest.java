package org.opora.platform.backup.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opora.platform.backup.internal.DatabaseMove.MoveRefused;
import org.opora.platform.testing.PostgresCluster;

/**
 * The copy from Derby to PostgreSQL on two small schemas made as a module's changelog makes them: an in-memory
 * Derby database and a throw-away PostgreSQL cluster (skipped where PostgreSQL is not installed).
 */
class DatabaseMoveTest {

    private static PostgresCluster pg;
    private static int databases;
    private static TimeZone zone;
    private Connection derby;
    private Connection postgres;
    private final List<String> printed = new ArrayList<>();

    @BeforeAll
    static void cluster() {
        zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        pg = PostgresCluster.startOrSkip();
    }

    @AfterAll
    static void stop() {
        TimeZone.setDefault(zone);
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void bothSides() throws SQLException {
        String name = "move" + (++databases);
        derby = DriverManager.getConnection("jdbc:derby:memory:" + name + ";create=true");
        DataSource target = pg.createDatabase(name);
        postgres = target.getConnection();
        schema(derby, "OPORATEST", "BLOB");
        schema(postgres, "oporatest", "BYTEA");
        history(derby, "OPORATEST", "t-1", "t-2");
        history(postgres, "oporatest", "t-1", "t-2");
    }

    @AfterEach
    void close() throws SQLException {
        derby.close();
        postgres.close();
    }

    @Test
    void rowsLobsBooleansTimestampsAndSelfReferencesArriveAndIdsGoOnAboveThem() throws Exception {
        byte[] file = new byte[300_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31);
        }
        exec(derby, "INSERT INTO OPORATEST.PERSON (ID, NAME, ACTIVE, SEEN_AT, PREVIOUS_ID) VALUES"
                + " (5, 'Ёлкина Анна', TRUE, '2026-03-29 02:30:00.123456', 9),"
                + " (9, 'Петров', FALSE, NULL, NULL), (12, 'O''Brien', TRUE, NULL, 5)");
        try (PreparedStatement ps = derby.prepareStatement("INSERT INTO OPORATEST.ATTACHMENT (PERSON_ID, BODY)"
                + " VALUES (9, ?)")) {
            ps.setBytes(1, file);
            ps.executeUpdate();
        }
        exec(postgres, "INSERT INTO oporatest.person (name, active) VALUES ('seeded at start', TRUE)");

        Map<String, Long> copied = new DatabaseMove(derby, postgres, printed::add).move(false);

        assertEquals(Map.of("oporatest", 4L), copied);
        assertEquals(List.of("oporatest: 4 rows"), printed);
        assertEquals("5 Ёлкина Анна true 2026-03-29 02:30:00.123456 9|9 Петров false null null|"
                + "12 O'Brien true null 5|", rows(postgres, "SELECT id, name, active, seen_at, previous_id"
                + " FROM oporatest.person ORDER BY id"));
        try (Statement s = postgres.createStatement();
                ResultSet rs = s.executeQuery("SELECT person_id, body FROM oporatest.attachment")) {
            assertTrue(rs.next());
            assertEquals(9, rs.getLong(1));
            assertArrayEquals(file, rs.getBytes(2));
        }
        exec(postgres, "INSERT INTO oporatest.person (name, active) VALUES ('new', TRUE)");
        assertEquals("13|", rows(postgres, "SELECT id FROM oporatest.person WHERE name = 'new'"));
        exec(postgres, "INSERT INTO oporatest.attachment (person_id) VALUES (5)");
        assertEquals("2|", rows(postgres, "SELECT MAX(id) FROM oporatest.attachment"));
    }

    @Test
    void otherChangeSetsInPostgreSqlAreRefusedAndNothingChanges() throws Exception {
        exec(derby, "INSERT INTO OPORATEST.PERSON (NAME, ACTIVE) VALUES ('Петров', FALSE)");
        history(derby, "OPORATEST", "t-3");

        MoveRefused refused = assertThrows(MoveRefused.class,
                () -> new DatabaseMove(derby, postgres, printed::add).move(true));

        assertTrue(refused.getMessage().contains("only in Derby: [db/test.xml::t-3::opora]"), refused.getMessage());
        assertTrue(refused.getMessage().contains(MoveSchemas.SAME_MODULES), refused.getMessage());
        assertEquals("0|", rows(postgres, "SELECT COUNT(*) FROM oporatest.person"));
    }

    @Test
    void aTargetWithUserAccountsIsRefusedUnlessReplaceIsGiven() throws Exception {
        exec(derby, "INSERT INTO OPORATEST.USERS (USERNAME) VALUES ('ivanova')");
        exec(postgres, "INSERT INTO oporatest.users (username) VALUES ('someone'), ('else')");

        MoveRefused refused = assertThrows(MoveRefused.class,
                () -> new DatabaseMove(derby, postgres, printed::add).move(false));
        assertTrue(refused.getMessage().contains("2 user accounts in oporatest.users")
                && refused.getMessage().contains("--replace"), refused.getMessage());
        assertEquals("else|someone|", rows(postgres, "SELECT username FROM oporatest.users ORDER BY username"));

        new DatabaseMove(derby, postgres, printed::add).move(true);
        assertEquals("ivanova|", rows(postgres, "SELECT username FROM oporatest.users"));
    }

    @Test
    void aFailingRowLeavesPostgreSqlAsItWas() throws Exception {
        exec(derby, "INSERT INTO OPORATEST.PERSON (NAME, ACTIVE) VALUES ('Петров', FALSE)");
        exec(postgres, "INSERT INTO oporatest.person (name, active) VALUES ('seeded at start', TRUE)");
        exec(postgres, "ALTER TABLE oporatest.person ADD CONSTRAINT no_petrov CHECK (name <> 'Петров')");

        assertThrows(SQLException.class, () -> new DatabaseMove(derby, postgres, printed::add).move(false));

        assertEquals("seeded at start|", rows(postgres, "SELECT name FROM oporatest.person"));
        assertEquals(List.of(), printed);
    }

    private static void schema(Connection c, String schema, String blob) throws SQLException {
        exec(c, "CREATE SCHEMA " + schema);
        exec(c, "CREATE TABLE " + schema + ".PERSON (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " NAME VARCHAR(200) NOT NULL, ACTIVE BOOLEAN NOT NULL, SEEN_AT TIMESTAMP,"
                + " PREVIOUS_ID BIGINT CONSTRAINT FK_PREVIOUS REFERENCES " + schema + ".PERSON(ID))");
        exec(c, "CREATE TABLE " + schema + ".ATTACHMENT (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " PERSON_ID BIGINT NOT NULL CONSTRAINT FK_PERSON REFERENCES " + schema + ".PERSON(ID), BODY "
                + blob + ")");
        exec(c, "CREATE TABLE " + schema + ".USERS (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " USERNAME VARCHAR(64) NOT NULL)");
        exec(c, "CREATE TABLE " + schema + ".DATABASECHANGELOG (ID VARCHAR(255) NOT NULL,"
                + " AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL)");
    }

    private static void history(Connection c, String schema, String... ids) throws SQLException {
        for (String id : ids) {
            exec(c, "INSERT INTO " + schema + ".DATABASECHANGELOG VALUES ('" + id + "', 'opora', 'db/test.xml')");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String rows(Connection c, String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    b.append(i == 1 ? "" : " ").append(v instanceof Timestamp t ? t.toString().replaceAll("0+$", "")
                            : v);
                }
                b.append('|');
            }
        }
        return b.toString();
    }
}
