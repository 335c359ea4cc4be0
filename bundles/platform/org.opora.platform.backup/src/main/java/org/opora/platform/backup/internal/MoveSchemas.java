package org.opora.platform.backup.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.opora.platform.backup.internal.DatabaseMove.MoveRefused;

/**
 * What a move from Derby to PostgreSQL works on: Opora's schemas (those with a Liquibase history: {@code OPORA…} on
 * Derby, the same in lower case on PostgreSQL), checked to carry the same change sets on both sides, and their tables
 * with columns, keys and identity columns, ordered so that a table comes after the tables it refers to.
 */
final class MoveSchemas {

    /**
     * Liquibase's own tables and the platform's changelog checksums beside them: the target keeps its history, which
     * must already equal the source's.
     */
    private static final Set<String> LIQUIBASE = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK",
            "DATABASECHANGELOGSTAMP");
    static final String SAME_MODULES = "start Opora once on PostgreSQL with the same modules and version (without "
            + "the demo), stop it, and run this command again";

    /**
     * A table to copy.
     *
     * @param source         the qualified, quoted name on Derby
     * @param target         the qualified, quoted name on PostgreSQL
     * @param columns        the column names as Derby stores them
     * @param types          their JDBC types on Derby
     * @param primaryKey     the primary key's columns
     * @param selfReferences the columns referring to this same table
     * @param identityColumns the columns PostgreSQL numbers (identity or serial)
     * @param references     the tables (source names) this one refers to
     */
    record Table(String sourceSchema, String name, String source, String target, List<String> columns,
            List<Integer> types, List<String> primaryKey, Set<String> selfReferences, List<String> identityColumns,
            Set<String> references) {

        String targetSchema() {
            return DatabaseMove.lower(sourceSchema);
        }

        String key() {
            return sourceSchema + "." + name;
        }
    }

    private final Map<String, Table> tables;

    private MoveSchemas(Map<String, Table> tables) {
        this.tables = tables;
    }

    /**
     * Reads both databases' Opora schemas.
     *
     * @throws MoveRefused when PostgreSQL lacks a schema, a table or a column, or the change sets differ
     */
    static MoveSchemas read(Connection derby, Connection postgres) throws SQLException, MoveRefused {
        Set<String> sourceSchemas = historySchemas(derby.getMetaData(), "OPORA%", "DATABASECHANGELOG");
        Set<String> targetSchemas = historySchemas(postgres.getMetaData(), "opora%", "databasechangelog");
        if (sourceSchemas.isEmpty()) {
            throw new MoveRefused("the Derby database holds no Opora schema");
        }
        Set<String> expected = new TreeSet<>();
        sourceSchemas.forEach(s -> expected.add(DatabaseMove.lower(s)));
        if (!expected.equals(targetSchemas)) {
            throw new MoveRefused("PostgreSQL has the schemas " + targetSchemas + ", Derby " + expected + ": "
                    + SAME_MODULES);
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String schema : sourceSchemas) {
            String target = DatabaseMove.lower(schema);
            Set<String> sourceSets = changeSets(derby, DatabaseMove.quote(schema) + ".DATABASECHANGELOG");
            Set<String> targetSets = changeSets(postgres, DatabaseMove.quote(target) + ".databasechangelog");
            if (!sourceSets.equals(targetSets)) {
                Set<String> onlyDerby = new TreeSet<>(sourceSets);
                onlyDerby.removeAll(targetSets);
                Set<String> onlyPostgres = new TreeSet<>(targetSets);
                onlyPostgres.removeAll(sourceSets);
                throw new MoveRefused("the schema " + target + " has other Liquibase change sets in PostgreSQL than in"
                        + " Derby (only in Derby: " + onlyDerby + "; only in PostgreSQL: " + onlyPostgres + "): "
                        + SAME_MODULES);
            }
            for (String name : tableNames(derby.getMetaData(), schema)) {
                Table t = table(derby.getMetaData(), postgres, schema, name);
                tables.put(t.key(), t);
            }
        }
        return new MoveSchemas(tables);
    }

    /**
     * Refuses a target that holds more than a first start makes. A first start creates no user account (the first
     * administrator is added afterwards), while every school that has entered anything has one.
     */
    void refuseData(Connection postgres) throws SQLException, MoveRefused {
        for (Table t : tables.values()) {
            if (t.name().equals("USERS")) {
                try (Statement s = postgres.createStatement();
                        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t.target())) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new MoveRefused("PostgreSQL already holds Opora data (" + rs.getLong(1) + " user "
                                + "accounts in " + t.targetSchema() + ".users), not just what a first start makes. "
                                + "To delete all of it and copy the Derby data instead, run again with --replace");
                    }
                }
            }
        }
    }

    /** The tables, each after the tables it refers to. */
    List<Table> tablesInForeignKeyOrder() throws MoveRefused {
        List<Table> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Map<String, Table> left = new LinkedHashMap<>(tables);
        while (!left.isEmpty()) {
            List<Table> ready = left.values().stream()
                    .filter(t -> t.references().stream().allMatch(r -> placed.contains(r) || !tables.containsKey(r)))
                    .toList();
            if (ready.isEmpty()) {
                throw new MoveRefused("the foreign keys of " + left.keySet() + " form a cycle; this tool copies "
                        + "only tables that refer to themselves or to tables before them");
            }
            for (Table t : ready) {
                order.add(t);
                placed.add(t.key());
                left.remove(t.key());
            }
        }
        return order;
    }

    private static Set<String> historySchemas(DatabaseMetaData meta, String pattern, String table)
            throws SQLException {
        Set<String> schemas = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, pattern, table, new String[] { "TABLE" })) {
            while (rs.next()) {
                schemas.add(rs.getString("TABLE_SCHEM"));
            }
        }
        return schemas;
    }

    private static Set<String> changeSets(Connection c, String table) throws SQLException {
        Set<String> sets = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID, AUTHOR, FILENAME FROM " + table)) {
            while (rs.next()) {
                sets.add(rs.getString(3) + "::" + rs.getString(1) + "::" + rs.getString(2));
            }
        }
        return sets;
    }

    private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!LIQUIBASE.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Table table(DatabaseMetaData derby, Connection postgres, String schema, String name)
            throws SQLException, MoveRefused {
        String targetSchema = DatabaseMove.lower(schema);
        String targetName = DatabaseMove.lower(name);
        Set<String> targetColumns = new HashSet<>();
        try (ResultSet rs = postgres.getMetaData().getColumns(null, targetSchema, targetName, "%")) {
            while (rs.next()) {
                targetColumns.add(rs.getString("COLUMN_NAME"));
            }
        }
        if (targetColumns.isEmpty()) {
            throw new MoveRefused("PostgreSQL has no table " + targetSchema + "." + targetName + ": " + SAME_MODULES);
        }
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (ResultSet rs = derby.getColumns(null, schema, name, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                if (!targetColumns.contains(DatabaseMove.lower(column))) {
                    throw new MoveRefused("PostgreSQL has no column " + targetSchema + "." + targetName + "."
                            + DatabaseMove.lower(column) + ": " + SAME_MODULES);
                }
                columns.add(column);
                types.add(rs.getInt("DATA_TYPE"));
            }
        }
        List<String> primaryKey = new ArrayList<>();
        try (ResultSet rs = derby.getPrimaryKeys(null, schema, name)) {
            Map<Integer, String> bySeq = new TreeMap<>();
            while (rs.next()) {
                bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
            primaryKey.addAll(bySeq.values());
        }
        Set<String> self = new HashSet<>();
        Set<String> references = new HashSet<>();
        try (ResultSet rs = derby.getImportedKeys(null, schema, name)) {
            while (rs.next()) {
                String referenced = rs.getString("PKTABLE_SCHEM") + "." + rs.getString("PKTABLE_NAME");
                if (referenced.equals(schema + "." + name)) {
                    self.add(rs.getString("FKCOLUMN_NAME"));
                } else {
                    references.add(referenced);
                }
            }
        }
        return new Table(schema, name, DatabaseMove.quote(schema) + "." + DatabaseMove.quote(name),
                DatabaseMove.quote(targetSchema) + "." + DatabaseMove.quote(targetName), columns, types, primaryKey,
                self, identityColumns(postgres, targetSchema, targetName, columns), references);
    }

    /** The source names of the columns PostgreSQL numbers itself: identity columns and serials. */
    private static List<String> identityColumns(Connection postgres, String schema, String table,
            List<String> columns) throws SQLException {
        Set<String> numbered = new HashSet<>();
        try (PreparedStatement s = postgres.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ?"
                + " AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    numbered.add(rs.getString(1));
                }
            }
        }
        return columns.stream().filter(c -> numbered.contains(DatabaseMove.lower(c))).toList();
    }
}
