package org.opora.platform.dbcheck;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.JDBCType;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.opora.platform.persistence.internal.UnitDescriptor;
import org.opora.platform.persistence.internal.UnitFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every module's persistence unit on the test class path, and what the database holds of them. */
final class ModuleUnits {

    private static final String PERSISTENCE_XML = "META-INF/persistence.xml";
    private static final Pattern UNIT_NAME = Pattern.compile("<persistence-unit\\s+name=\"([^\"]+)\"");

    /** A module's unit as its bundle ships it. */
    record ModuleUnit(UnitDescriptor unit, URL root) {
    }

    /** A unit built on a database. */
    record Built(ModuleUnit module, EntityManagerFactory emf) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModuleUnits.class);
    /** Held so that the level stays: Liquibase reports every change set at INFO. */
    private static final java.util.logging.Logger LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");
    /** Every unit on in-memory Derby, built once for the tests of this JVM. */
    private static List<Built> onDerby;

    static {
        LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
    }

    private ModuleUnits() {
    }

    /** Every unit built on in-memory Derby, the default database; once per JVM, the factories left open. */
    static synchronized List<Built> onDerby() throws IOException {
        if (onDerby == null) {
            onDerby = build(derby(), onClassPath(), "derby");
        }
        return onDerby;
    }

    /** The in-memory Derby database of {@link #onDerby()}. */
    static DataSource derby() {
        org.apache.derby.jdbc.EmbeddedDataSource ds = new org.apache.derby.jdbc.EmbeddedDataSource();
        ds.setDatabaseName("memory:every-unit");
        ds.setCreateDatabase("create");
        return ds;
    }

    /** The units of every persistence.xml on the class path: one per module with a database schema. */
    static List<ModuleUnit> onClassPath() throws IOException {
        ClassLoader loader = ModuleUnits.class.getClassLoader();
        List<ModuleUnit> units = new ArrayList<>();
        for (URL xml : Collections.list(loader.getResources(PERSISTENCE_XML))) {
            for (UnitDescriptor d : UnitFactory.read(xml)) {
                units.add(new ModuleUnit(d, root(xml)));
            }
        }
        return units;
    }

    /** The unit names of every module's persistence.xml in the source tree ({@code bundles/<group>/<bundle>}). */
    static Set<String> inSourceTree() throws IOException {
        Path bundles = Path.of("").toAbsolutePath().getParent().getParent();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> groups = Files.list(bundles)) {
            for (Path group : groups.filter(Files::isDirectory).toList()) {
                try (Stream<Path> modules = Files.list(group)) {
                    for (Path module : modules.toList()) {
                        Path xml = module.resolve("src/main/resources").resolve(PERSISTENCE_XML);
                        if (Files.isRegularFile(xml)) {
                            Matcher m = UNIT_NAME.matcher(Files.readString(xml));
                            while (m.find()) {
                                names.add(m.group(1));
                            }
                        }
                    }
                }
            }
        }
        return names;
    }

    /** Migrates and builds every unit on the DataSource, as the JPA extender does at a start. */
    static List<Built> build(DataSource ds, List<ModuleUnit> units, String run) {
        UnitFactory factory = new UnitFactory(ds);
        ClassLoader loader = ModuleUnits.class.getClassLoader();
        List<Built> built = new ArrayList<>();
        for (ModuleUnit u : units) {
            long start = System.nanoTime();
            built.add(new Built(u, factory.build(u.unit(), u.root(), loader, u.unit().name() + "@" + run)));
            LOG.info("{}: {} migrated and built in {} ms", run, u.unit().name(), (System.nanoTime() - start) / 1_000_000);
        }
        return built;
    }

    static void close(List<Built> built) {
        for (Built b : built) {
            if (b.emf().isOpen()) {
                b.emf().close();
            }
        }
    }

    /**
     * The tables of a schema with their columns — name (lower case), type (by kind: PostgreSQL's {@code bool} and
     * {@code bytea} are Derby's {@code BOOLEAN} and {@code BLOB}), the length of text, whether it may be null, whether
     * the database numbers it; Liquibase's own tables left out.
     */
    static Map<String, Set<String>> columns(DataSource ds, String storedSchema) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, storedSchema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!table.startsWith("databasechangelog")) {
                        tables.computeIfAbsent(table, t -> new TreeSet<>()).add(
                                rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + kind(rs)
                                        + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : "")
                                        + ("YES".equals(rs.getString("IS_AUTOINCREMENT")) ? " numbered" : ""));
                    }
                }
            }
        }
        return tables;
    }

    private static String kind(ResultSet column) throws SQLException {
        int type = column.getInt("DATA_TYPE");
        return switch (type) {
            case Types.BIT, Types.BOOLEAN -> "boolean";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "bytes";
            // Liquibase makes a CLOB PostgreSQL's unbounded text, which the driver reports as a VARCHAR of 2^31-1
            case Types.CLOB, Types.LONGVARCHAR -> "long text";
            case Types.VARCHAR, Types.CHAR -> column.getInt("COLUMN_SIZE") == Integer.MAX_VALUE ? "long text"
                    : "text(" + column.getInt("COLUMN_SIZE") + ")";
            default -> JDBCType.valueOf(type).getName().toLowerCase(Locale.ROOT);
        };
    }

    private static URL root(URL xml) throws MalformedURLException {
        String s = xml.toString();
        return new URL(s.substring(0, s.length() - PERSISTENCE_XML.length()));
    }

    /** Runs the work in a transaction of the unit (one "node" of the tests) and returns its result. */
    static <T> T inTransaction(EntityManagerFactory node, Function<EntityManager, T> work) {
        EntityManager em = node.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }
}
