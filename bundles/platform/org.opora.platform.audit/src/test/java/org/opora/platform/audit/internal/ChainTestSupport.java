package org.opora.platform.audit.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.opora.platform.testing.InMemoryUnit;

/** The chain's state for the journal's tests: the harness empties every table, the head row too. */
final class ChainTestSupport {

    private ChainTestSupport() {
    }

    /** Puts back the head row as the changelog writes it: no links, the lines before the chain not yet chained. */
    static void freshHead(InMemoryUnit unit) {
        sql(unit, "DELETE FROM OPORAAUDIT.AUDIT_CHAIN_HEAD",
                "INSERT INTO OPORAAUDIT.AUDIT_CHAIN_HEAD (ID, LAST_SEQ, LAST_HASH, LEGACY_CHAINED) VALUES (1, 0, '"
                        + ChainLink.GENESIS + "', FALSE)");
    }

    /** The first column of the first row a query answers, as a string. */
    static String value(InMemoryUnit unit, String query) {
        try (Connection c = unit.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The row id of the entry at a position of the chain. */
    static long idAt(InMemoryUnit unit, long seq) {
        return Long.parseLong(value(unit, "SELECT ID FROM OPORAAUDIT.AUDIT_LOG WHERE SEQ = " + seq));
    }

    /** Runs statements as a person with the database in hand would: plain SQL, behind the journal's back. */
    static void sql(InMemoryUnit unit, String... statements) {
        try (Connection c = unit.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
