package org.opora.platform.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.opora.platform.backup.internal.MoveSchemas.Table;

/**
 * Copies the rows of every Opora schema of an embedded Derby database into a PostgreSQL database on which Opora has
 * already started once with the same modules: the Liquibase histories must match, the target's tables are emptied,
 * every table is copied in foreign-key order in one PostgreSQL transaction, and every identity column is set past the
 * highest id. The Liquibase tables are not copied: the target's own history already says the same.
 */
final class DatabaseMove {

    /** Thrown for a state the operator must change first; the message says what to do. */
    static final class MoveRefused extends Exception {
        private static final long serialVersionUID = 1L;

        MoveRefused(String message) {
            super(message);
        }
    }

    /** Rows sent to PostgreSQL at once; fewer for a table with files, which are held in memory until sent. */
    private static final int BATCH = 200;
    private static final int BATCH_WITH_FILES = 10;

    private final Connection derby;
    private final Connection postgres;
    private final Consumer<String> out;

    /** @param out where the per-schema counts are written, one line each */
    DatabaseMove(Connection derby, Connection postgres, Consumer<String> out) {
        this.derby = derby;
        this.postgres = postgres;
        this.out = out;
    }

    /**
     * Moves the data; on any failure nothing is left changed in PostgreSQL.
     *
     * @param replace whether data in PostgreSQL beyond what a first start makes may be deleted
     * @return the rows copied per PostgreSQL schema, in copy order
     */
    Map<String, Long> move(boolean replace) throws SQLException, MoveRefused {
        MoveSchemas schemas = MoveSchemas.read(derby, postgres);
        if (!replace) {
            schemas.refuseData(postgres);
        }
        List<Table> order = schemas.tablesInForeignKeyOrder();
        boolean autoCommit = postgres.getAutoCommit();
        postgres.setAutoCommit(false);
        try {
            for (int i = order.size() - 1; i >= 0; i--) {
                try (Statement s = postgres.createStatement()) {
                    s.executeUpdate("DELETE FROM " + order.get(i).target());
                }
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (Table t : order) {
                copied.merge(t.targetSchema(), copy(t), Long::sum);
            }
            for (Table t : order) {
                for (String column : t.identityColumns()) {
                    advance(t, column);
                }
            }
            postgres.commit();
            copied.forEach((schema, rows) -> out.accept(schema + ": " + rows + " rows"));
            return copied;
        } catch (SQLException | RuntimeException e) {
            postgres.rollback();
            throw e;
        } finally {
            postgres.setAutoCommit(autoCommit);
        }
    }

    /**
     * Copies one table. A column referring to the same table is inserted empty and filled in afterwards, so that the
     * order of the rows does not matter.
     */
    private long copy(Table t) throws SQLException {
        List<String> columns = t.columns();
        List<Integer> types = t.types();
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(t.target()).append(" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            insert.append(i == 0 ? "" : ", ").append(quote(lower(columns.get(i))));
            marks.append(i == 0 ? "?" : ", ?");
        }
        insert.append(')').append(t.identityColumns().isEmpty() ? "" : " OVERRIDING SYSTEM VALUE")
                .append(" VALUES (").append(marks).append(')');
        List<Object[]> later = new ArrayList<>();
        long rows = 0;
        try (Statement read = derby.createStatement();
                ResultSet rs = read.executeQuery("SELECT " + String.join(", ", columns.stream().map(DatabaseMove::quote)
                        .toList()) + " FROM " + t.source());
                PreparedStatement write = postgres.prepareStatement(insert.toString())) {
            int batch = types.stream().anyMatch(ColumnValues::binary) ? BATCH_WITH_FILES : BATCH;
            int pending = 0;
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    Object value = ColumnValues.read(rs, i + 1, types.get(i));
                    if (t.selfReferences().contains(columns.get(i)) && value != null) {
                        later.add(laterRow(rs, t, columns.get(i), value));
                        value = null;
                    }
                    ColumnValues.write(write, i + 1, types.get(i), value);
                }
                write.addBatch();
                rows++;
                if (++pending == batch) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        fillSelfReferences(t, later);
        return rows;
    }

    /** A self-reference to set after the table is copied: column, value, then the row's primary key values. */
    private static Object[] laterRow(ResultSet rs, Table t, String column, Object value) throws SQLException {
        List<String> key = t.primaryKey();
        if (key.isEmpty()) {
            throw new SQLException("Table " + t.source() + " refers to itself but has no primary key");
        }
        Object[] row = new Object[2 + key.size()];
        row[0] = column;
        row[1] = value;
        for (int k = 0; k < key.size(); k++) {
            row[2 + k] = rs.getObject(key.get(k));
        }
        return row;
    }

    private void fillSelfReferences(Table t, List<Object[]> later) throws SQLException {
        for (Object[] row : later) {
            StringBuilder sql = new StringBuilder("UPDATE ").append(t.target()).append(" SET ")
                    .append(quote(lower((String) row[0]))).append(" = ? WHERE ");
            List<String> key = t.primaryKey();
            for (int k = 0; k < key.size(); k++) {
                sql.append(k == 0 ? "" : " AND ").append(quote(lower(key.get(k)))).append(" = ?");
            }
            try (PreparedStatement update = postgres.prepareStatement(sql.toString())) {
                update.setObject(1, row[1]);
                for (int k = 0; k < key.size(); k++) {
                    update.setObject(2 + k, row[2 + k]);
                }
                update.executeUpdate();
            }
        }
    }

    /** Sets the column's identity sequence so that the next id is above every id copied. */
    private void advance(Table t, String column) throws SQLException {
        String col = quote(lower(column));
        try (PreparedStatement s = postgres.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), "
                + "COALESCE((SELECT MAX(" + col + ") FROM " + t.target() + "), 0) + 1, false)")) {
            s.setString(1, t.target());
            s.setString(2, lower(column));
            s.execute();
        }
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
