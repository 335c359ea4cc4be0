package org.opora.platform.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The chain read with plain SQL from another database than the running one — a copy of the data folder or a
 * backup — so that it is checked without starting Opora on it. It only reads.
 */
final class CopyChainSource implements ChainSource {

    private static final String COLUMNS = "ID, SEQ, EVENT_TIME, ACTOR, ACTION, RECORD_TYPE, RECORD_ID, SUMMARY,"
            + " PREV_HASH, ENTRY_HASH FROM OPORAAUDIT.AUDIT_LOG";

    private final DataSource dataSource;

    CopyChainSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Head> head() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT LAST_SEQ, LAST_HASH, LEGACY_CHAINED FROM OPORAAUDIT.AUDIT_CHAIN_HEAD WHERE ID = ?")) {
            s.setInt(1, ChainHead.ROW);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<ChainLink> chained(long afterSeq, long afterId, long upToSeq, int max) {
        return links("SELECT " + COLUMNS + " WHERE SEQ IS NOT NULL AND SEQ <= ? AND (SEQ > ? OR (SEQ = ? AND ID > ?))"
                + " ORDER BY SEQ, ID", max, upToSeq, afterSeq, afterSeq, afterId);
    }

    @Override
    public Optional<ChainLink> firstUnchained() {
        return links("SELECT " + COLUMNS + " WHERE SEQ IS NULL ORDER BY ID", 1).stream().findFirst();
    }

    private List<ChainLink> links(String sql, int max, long... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setLong(i + 1, params[i]);
            }
            s.setMaxRows(max);
            List<ChainLink> links = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(2);
                    links.add(new ChainLink(rs.getLong(1), rs.wasNull() ? null : seq, rs.getTimestamp(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                }
            }
            return links;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Cannot read the audit journal of the copy: " + e.getMessage(), e);
    }
}
