package org.opora.platform.backup.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * Reads a Derby column's value and writes it to PostgreSQL unchanged: binary data (Derby's BLOB, PostgreSQL's
 * BYTEA) as bytes, booleans as booleans, dates and timestamps through {@link java.sql} types — the tool runs in UTC,
 * where no local time falls into a daylight-saving gap, so a timestamp without a zone keeps its fields exactly.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    /** Whether a column of the JDBC type holds binary data (a file). */
    static boolean binary(int type) {
        return type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY;
    }

    /** The value of a column, {@code null} for SQL NULL. */
    static Object read(ResultSet rs, int i, int type) throws SQLException {
        Object value = switch (type) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> rs.getBytes(i);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> rs.getString(i);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
            case Types.TIMESTAMP -> rs.getTimestamp(i);
            case Types.DATE -> rs.getDate(i);
            case Types.TIME -> rs.getTime(i);
            default -> rs.getObject(i);
        };
        return rs.wasNull() ? null : value;
    }

    /** Sets a parameter to a value {@link #read} returned for a column of that type. */
    static void write(PreparedStatement ps, int i, int type, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(i, switch (type) {
                case Types.BLOB, Types.LONGVARBINARY -> Types.BINARY;
                case Types.CLOB, Types.NCLOB, Types.LONGNVARCHAR -> Types.VARCHAR;
                default -> type;
            });
            return;
        }
        switch (type) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> ps.setBytes(i, (byte[]) value);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> ps.setString(i, (String) value);
            case Types.BOOLEAN, Types.BIT -> ps.setBoolean(i, (Boolean) value);
            case Types.TIMESTAMP -> ps.setTimestamp(i, (Timestamp) value);
            case Types.DATE -> ps.setDate(i, (Date) value);
            case Types.TIME -> ps.setTime(i, (Time) value);
            default -> ps.setObject(i, value);
        }
    }
}
