package org.opora.platform.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.opora.platform.persistence.postgresql.PostgresTools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a module's persistence unit the one way the platform does: the module's schema is migrated with the module's
 * Liquibase changelog, then an EclipseLink unit is built on the DataSource with every table in that schema. The
 * {@link JpaExtender} calls it for a started bundle; outside OSGi the test harness ({@code org.opora.platform.testing})
 * calls it for a module's classes on the class path, so that service tests run the persistence.xml, the changelog and
 * the EclipseLink settings the bundle ships. Public only for that harness: the package is not exported.
 */
public final class UnitFactory {

    private static final Logger LOG = LoggerFactory.getLogger(UnitFactory.class);

    /**
     * The system property ({@code etc/custom.system.properties}) that makes the installation one of several nodes on
     * one database. On PostgreSQL the shared cache stays on and the nodes drop each other's changed records from it
     * ({@link CacheCoordination}); on any other database the shared cache is off, so that every transaction reads
     * what another node saved.
     */
    public static final String CLUSTER = "opora.cluster";

    private final DataSource dataSource;
    private final boolean cluster;
    private final SchemaMigrator migrator;
    private final PersistenceProvider provider = new PersistenceProvider();
    private volatile DatabaseProduct product;
    private CacheCoordination coordination;
    private boolean coordinationFailed;

    public UnitFactory(DataSource dataSource) {
        this(dataSource, Boolean.getBoolean(CLUSTER));
    }

    /** @param cluster whether other nodes write to the same database (cache coordination, or no shared cache) */
    public UnitFactory(DataSource dataSource, boolean cluster) {
        this.dataSource = dataSource;
        this.cluster = cluster;
        String data = System.getProperty("karaf.data");
        String etc = System.getProperty("karaf.etc");
        this.migrator = new SchemaMigrator(dataSource, data == null ? null : Path.of(data, SchemaMigrator.BACKUPS),
                etc == null ? null : Path.of(etc, PostgresTools.DATASOURCE_FILE), "");
    }

    /** Whether the units are built for one of several nodes on the database. */
    public boolean cluster() {
        return cluster;
    }

    /** The database the DataSource leads to, asked once: it decides the EclipseLink platform of every unit. */
    public DatabaseProduct product() {
        DatabaseProduct p = product;
        if (p == null) {
            p = DatabaseProduct.of(dataSource);
            product = p;
        }
        return p;
    }

    /**
     * The node's cache coordination, started with the first unit of a cluster on PostgreSQL; null on another database,
     * or when the PostgreSQL driver is not wired to this bundle (then the units keep no shared cache).
     */
    public synchronized CacheCoordination coordination() {
        if (coordination == null && !coordinationFailed && product() == DatabaseProduct.POSTGRESQL) {
            try {
                coordination = CacheCoordination.start(dataSource);
            } catch (LinkageError e) {
                coordinationFailed = true;
                LOG.warn("The PostgreSQL driver is not available to the JPA extender ({}): the units keep no shared"
                        + " cache", e.toString());
            }
        }
        return coordination;
    }

    /** Whether the units share a cache that the other nodes' commits invalidate. */
    public boolean coordinated() {
        return cluster && coordination() != null;
    }

    /** Stops the cache coordination, if it runs; the units built stay usable but hear no more of the others. */
    public synchronized void close() {
        if (coordination != null) {
            coordination.close();
            coordination = null;
        }
    }

    /** The units a persistence.xml describes. */
    public static List<UnitDescriptor> read(URL persistenceXml) throws IOException {
        return PersistenceXml.parse(persistenceXml);
    }

    /**
     * Migrates the unit's schema and builds its factory, deployed at once so that mapping errors surface here.
     *
     * @param unit        the unit as persistence.xml describes it
     * @param root        the unit's root: the bundle's root entry, or the class-path directory of persistence.xml
     * @param loader      loads the module's entities and changelog, and EclipseLink's own classes
     * @param sessionName EclipseLink caches deployed sessions by name: unique per revision of the module
     * @throws IllegalStateException when the migration fails (nothing of it is kept), or the database is not one Opora
     *                               runs on
     */
    public EntityManagerFactory build(UnitDescriptor unit, URL root, ClassLoader loader, String sessionName) {
        String schema = unit.schema();
        migrator.migrate(schema, unit.changelog(), loader);

        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.logging.logger", "JavaLogger");
        props.put("eclipselink.session-name", sessionName);
        DatabaseProduct db = product();
        props.put("eclipselink.target-database", db.platform());
        props.put("eclipselink.session.customizer", new SchemaQualifier(db.stored(schema)));
        // entities are not woven: their common columns live in a mapped superclass of another bundle, which a
        // module's weaving would expect woven too; to-one relations therefore load eagerly
        props.putIfAbsent("eclipselink.weaving", unit.properties().getProperty("eclipselink.weaving", "false"));
        props.put("eclipselink.ddl-generation", "none");
        CacheCoordination coordinated = cluster ? coordination() : null;
        if (cluster && coordinated == null) {
            // another node's save would not reach this node's cached objects: each transaction reads the database
            props.put("eclipselink.cache.shared.default", "false");
            LOG.info("Unit {} keeps no shared cache (one of several nodes, not on PostgreSQL)", unit.name());
        }

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            EntityManagerFactory emf = provider.createContainerEntityManagerFactory(
                    new ModuleUnitInfo(root, unit, dataSource, loader), props);
            try {
                emf.createEntityManager().close(); // deploy now so that mapping errors surface here
                if (coordinated != null) {
                    coordinated.attach(unit.name(), emf);
                }
            } catch (RuntimeException e) {
                emf.close(); // a failed setup stays cached under its session name otherwise
                throw e;
            }
            return emf;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
