package org.opora.platform.testing;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opora.platform.persistence.internal.UnitFactory;
import org.opora.platform.persistence.internal.UnitDescriptor;

/**
 * A module's persistence unit on in-memory Derby, for service tests without a container. The unit is the one the
 * module ships: its {@code META-INF/persistence.xml} is found on the test class path by unit name, its Liquibase
 * changelog migrates the schema, and the JPA extender's own {@link UnitFactory} builds the EclipseLink unit with the
 * platform's settings. The database is built once per test JVM and unit; before each test every table of the unit is
 * emptied, so tests do not see each other's rows.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final InMemoryUnit UNIT = new InMemoryUnit("opora-core");
 *
 * CoreDatabase db = new CoreDatabase(UNIT.emf());
 * }</pre>
 */
public final class InMemoryUnit implements BeforeEachCallback {

    private static final String PERSISTENCE_XML = "META-INF/persistence.xml";
    private static final Map<String, Built> BUILT = new ConcurrentHashMap<>();
    private static final Map<String, RuntimeException> FAILED = new ConcurrentHashMap<>();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** Held so that the level stays: Liquibase reports every change set at INFO. */
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    static {
        LIQUIBASE.setLevel(Level.WARNING);
    }

    private final String unitName;

    /** @param unitName the {@code persistence-unit} name in the module's persistence.xml, e.g. {@code opora-core} */
    public InMemoryUnit(String unitName) {
        this.unitName = unitName;
    }

    /** The unit's factory, as the JPA extender registers it for the module. */
    public EntityManagerFactory emf() {
        return built().emf();
    }

    /** The database the unit lives in, for assertions in SQL. */
    public DataSource dataSource() {
        return built().dataSource();
    }

    /** The module's schema, e.g. {@code OPORACORE}. */
    public String schema() {
        return built().schema();
    }

    /** The number of rows of a table of the unit's schema. */
    public long rows(String table) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("table name expected: " + table);
        }
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema() + "." + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clean();
    }

    /** Deletes every row of the unit's tables (Liquibase's history stays) and empties EclipseLink's shared cache. */
    public void clean() {
        Built unit = built();
        unit.emf().getCache().evictAll();
        try (Connection c = unit.dataSource().getConnection()) {
            c.setAutoCommit(true);
            List<String> left = new ArrayList<>(unit.tables());
            // a row another table still refers to is deleted in a later pass, once the referring rows are gone
            while (!left.isEmpty()) {
                List<String> refused = new ArrayList<>();
                SQLException last = null;
                for (String table : left) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM " + unit.schema() + "." + table);
                    } catch (SQLException e) {
                        refused.add(table);
                        last = e;
                    }
                }
                if (refused.size() == left.size()) {
                    throw new IllegalStateException("Cannot empty " + refused + ": " + last.getMessage(), last);
                }
                left = refused;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty schema " + unit.schema() + ": " + e.getMessage(), e);
        }
    }

    private Built built() {
        RuntimeException failed = FAILED.get(unitName);
        if (failed != null) {
            throw new IllegalStateException("Persistence unit " + unitName + " failed to build: " + failed.getMessage(),
                    failed);
        }
        try {
            return BUILT.computeIfAbsent(unitName, InMemoryUnit::build);
        } catch (RuntimeException e) {
            FAILED.put(unitName, e); // a broken mapping fails every test at once, not after one build each
            throw e;
        }
    }

    private record Built(String schema, DataSource dataSource, EntityManagerFactory emf, List<String> tables) {
    }

    private static Built build(String unitName) {
        ClassLoader loader = InMemoryUnit.class.getClassLoader();
        List<String> found = new ArrayList<>();
        try {
            for (URL xml : Collections.list(loader.getResources(PERSISTENCE_XML))) {
                for (UnitDescriptor unit : UnitFactory.read(xml)) {
                    if (unit.name().equals(unitName)) {
                        return build(unit, root(xml), loader);
                    }
                    found.add(unit.name());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + PERSISTENCE_XML + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("No persistence unit " + unitName + " on the class path; found " + found);
    }

    private static Built build(UnitDescriptor unit, URL root, ClassLoader loader) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + unit.name() + "-" + DATABASES.incrementAndGet());
        ds.setCreateDatabase("create");
        EntityManagerFactory emf = new UnitFactory(ds).build(unit, root, loader, unit.name() + "@test");
        return new Built(unit.schema(), ds, emf, tables(ds, unit.schema()));
    }

    /** The directory (or jar) that holds META-INF/persistence.xml. */
    private static URL root(URL xml) throws MalformedURLException {
        String s = xml.toString();
        return new URL(s.substring(0, s.length() - PERSISTENCE_XML.length()));
    }

    private static List<String> tables(DataSource ds, String schema) {
        List<String> tables = new ArrayList<>();
        try (Connection c = ds.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.startsWith("DATABASECHANGELOG")) {
                    tables.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of " + schema + ": " + e.getMessage(), e);
        }
        return List.copyOf(tables);
    }
}
