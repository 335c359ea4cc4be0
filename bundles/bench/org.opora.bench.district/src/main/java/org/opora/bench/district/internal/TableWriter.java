package org.opora.bench.district.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Batched inserts into one table of a module's schema, by column name. The columns come from the database's own
 * description of the table, so that a column a later change set adds (not null, without a default) gets a neutral
 * value (empty text, zero, false, today) without the generator knowing it; the identity column is left to the
 * database, and the ids it gave are read back in the order the rows went in.
 *
 * <pre>{@code
 * TableWriter pupils = TableWriter.open(connection, "OPORACORE", "PUPIL", 1000);
 * pupils.row(Map.of("SURNAME", "Ivanov", "ARCHIVED", false));
 * List<Long> ids = pupils.finish();
 * }</pre>
 */
final class TableWriter implements AutoCloseable {

    private final Connection connection;
    private final String table;
    private final List<Column> columns;
    private final PreparedStatement insert;
    private final int batchSize;
    private final long maxIdBefore;
    private int pending;
    private long rows;

    private record Column(String name, int type, boolean required) {
    }

    private TableWriter(Connection connection, String table, List<Column> columns, int batchSize)
            throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.batchSize = batchSize;
        this.maxIdBefore = maxId(connection, table);
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (Column c : columns) {
            names.append(names.isEmpty() ? "" : ", ").append(c.name());
            marks.append(marks.isEmpty() ? "?" : ", ?");
        }
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
    }

    /** A writer into the table (names as the change sets spell them; the schema's case is the database's). */
    static TableWriter open(Connection connection, String schema, String table, int batchSize) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String realSchema = find(meta.getSchemas(), 1, schema);
        List<Column> columns = new ArrayList<>();
        String realTable = null;
        try (ResultSet rs = meta.getColumns(null, realSchema, null, null)) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME");
                if (!t.equalsIgnoreCase(table)) {
                    continue;
                }
                realTable = t;
                String name = rs.getString("COLUMN_NAME");
                boolean identity = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
                if (!identity) {
                    boolean required = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                            && rs.getString("COLUMN_DEF") == null;
                    columns.add(new Column(name.toUpperCase(Locale.ROOT), rs.getInt("DATA_TYPE"), required));
                }
            }
        }
        if (realTable == null) {
            throw new SQLException("No table " + table + " in schema " + schema);
        }
        String qualified = quote(meta, realSchema) + "." + quote(meta, realTable);
        return new TableWriter(connection, qualified, columns, batchSize);
    }

    private static String quote(DatabaseMetaData meta, String name) throws SQLException {
        String q = meta.getIdentifierQuoteString().strip();
        return q + name + q;
    }

    private static String find(ResultSet rs, int column, String wanted) throws SQLException {
        try (rs) {
            while (rs.next()) {
                if (rs.getString(column).equalsIgnoreCase(wanted)) {
                    return rs.getString(column);
                }
            }
        }
        throw new SQLException("No schema " + wanted);
    }

    /** Adds a row: the given values by column name, the neutral value for other required columns, else null. */
    void row(Map<String, ?> values) throws SQLException {
        int i = 1;
        for (Column c : columns) {
            Object v = values.containsKey(c.name()) ? values.get(c.name()) : c.required() ? neutral(c.type()) : null;
            set(i++, c.type(), v);
        }
        insert.addBatch();
        rows++;
        if (++pending >= batchSize) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Writes what is pending and returns the ids the database gave the rows, in the order they were added. */
    List<Long> finish() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
        List<Long> ids = new ArrayList<>((int) rows);
        try (PreparedStatement st = connection.prepareStatement("SELECT ID FROM " + table
                + " WHERE ID > ? ORDER BY ID")) {
            st.setLong(1, maxIdBefore);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.size() != rows) {
            throw new SQLException(table + ": " + rows + " rows written but " + ids.size() + " new ids found; "
                    + "was something else writing to it?");
        }
        return ids;
    }

    private void set(int index, int type, Object v) throws SQLException {
        if (v == null) {
            insert.setNull(index, type);
        } else if (v instanceof LocalDate d) {
            insert.setDate(index, Date.valueOf(d));
        } else if (v instanceof LocalDateTime t) {
            insert.setTimestamp(index, Timestamp.valueOf(t));
        } else {
            insert.setObject(index, v);
        }
    }

    private static Object neutral(int type) {
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> Boolean.FALSE;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> 0;
            case Types.BIGINT -> 0L;
            case Types.DATE -> LocalDate.now();
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> LocalDateTime.now();
            default -> "";
        };
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT MAX(ID) FROM " + table);
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** Convenience for the generator: a mutable map in column order of the call. */
    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
