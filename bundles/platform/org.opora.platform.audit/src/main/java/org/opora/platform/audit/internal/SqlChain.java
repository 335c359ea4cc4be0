package org.opora.platform.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends to the chain with plain SQL on a connection in the middle of a transaction: the journal's own, or a
 * module's, so that an entry is committed with the change it records and rolled back with it. The head row is locked
 * first (an update of the row itself, which every database answers with a row write lock) and stays locked until the
 * transaction ends, so appends take turns, also across nodes sharing the database. The tables are named unquoted so
 * that each database folds the names its own way.
 */
final class SqlChain {

    static final String LOG = "OPORAAUDIT.AUDIT_LOG";
    static final String HEAD = "OPORAAUDIT.AUDIT_CHAIN_HEAD";
    private static final int LEGACY_PAGE = 500;

    private SqlChain() {
    }

    /** Appends the entry as the chain's next link in the connection's open transaction; commits nothing. */
    static void append(Connection c, NewEntry entry) throws SQLException {
        Head head = lockedHead(c);
        if (!head.legacyChained) {
            head = chainLegacy(c, head);
        }
        long seq = head.lastSeq + 1;
        Timestamp time = Timestamp.from(entry.at());
        String hash = ChainLink.hash(seq, time, entry.actor(), entry.action().name(), entry.recordType(),
                entry.recordId(), entry.summary(), head.lastHash);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + LOG + " (EVENT_TIME, ACTOR, ACTION,"
                + " RECORD_TYPE, RECORD_ID, SUMMARY, SEQ, PREV_HASH, ENTRY_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, time);
            insert.setString(2, entry.actor());
            insert.setString(3, entry.action().name());
            insert.setString(4, entry.recordType());
            insert.setString(5, entry.recordId());
            insert.setString(6, entry.summary());
            insert.setLong(7, seq);
            insert.setString(8, head.lastHash);
            insert.setString(9, hash);
            insert.executeUpdate();
        }
        moveHead(c, new Head(seq, hash, true));
    }

    /**
     * Chains the lines written before the chain existed (an upgraded installation), once, in the open transaction:
     * in the order of their ids, each after the one before, so the result is the same wherever and whenever it runs.
     */
    static void chainLegacy(Connection c) throws SQLException {
        Head head = lockedHead(c);
        if (!head.legacyChained) {
            chainLegacy(c, head);
        }
    }

    private static Head chainLegacy(Connection c, Head head) throws SQLException {
        long seq = head.lastSeq;
        String hash = head.lastHash;
        List<ChainLink> page;
        do {
            page = unchained(c);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE " + LOG + " SET SEQ = ?, PREV_HASH = ?, ENTRY_HASH = ? WHERE ID = ?")) {
                for (ChainLink line : page) {
                    seq++;
                    String next = ChainLink.hash(seq, line.time(), line.actor(), line.action(), line.recordType(),
                            line.recordId(), line.summary(), hash);
                    update.setLong(1, seq);
                    update.setString(2, hash);
                    update.setString(3, next);
                    update.setLong(4, line.id());
                    update.executeUpdate();
                    hash = next;
                }
            }
        } while (page.size() == LEGACY_PAGE);
        Head chained = new Head(seq, hash, true);
        moveHead(c, chained);
        return chained;
    }

    private static List<ChainLink> unchained(Connection c) throws SQLException {
        List<ChainLink> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ID, EVENT_TIME, ACTOR, ACTION, RECORD_TYPE, RECORD_ID,"
                + " SUMMARY FROM " + LOG + " WHERE SEQ IS NULL ORDER BY ID")) {
            s.setMaxRows(LEGACY_PAGE);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(new ChainLink(rs.getLong(1), null, rs.getTimestamp(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), null, null));
                }
            }
        }
        return lines;
    }

    private static Head lockedHead(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(
                "UPDATE " + HEAD + " SET LAST_SEQ = LAST_SEQ WHERE ID = " + ChainHead.ROW)) {
            if (lock.executeUpdate() != 1) {
                throw new IllegalStateException("The audit journal's chain head row is missing");
            }
        }
        try (PreparedStatement read = c.prepareStatement(
                "SELECT LAST_SEQ, LAST_HASH, LEGACY_CHAINED FROM " + HEAD + " WHERE ID = " + ChainHead.ROW);
                ResultSet rs = read.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2), rs.getBoolean(3));
        }
    }

    private static void moveHead(Connection c, Head head) throws SQLException {
        try (PreparedStatement move = c.prepareStatement("UPDATE " + HEAD
                + " SET LAST_SEQ = ?, LAST_HASH = ?, LEGACY_CHAINED = ? WHERE ID = " + ChainHead.ROW)) {
            move.setLong(1, head.lastSeq);
            move.setString(2, head.lastHash);
            move.setBoolean(3, head.legacyChained);
            move.executeUpdate();
        }
    }

    private record Head(long lastSeq, String lastHash, boolean legacyChained) {
    }
}
