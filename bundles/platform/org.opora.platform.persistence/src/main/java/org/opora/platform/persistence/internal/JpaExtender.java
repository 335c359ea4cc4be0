package org.opora.platform.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.opora.platform.persistence.PersistenceUnits;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JPA extender: for every started bundle with a {@code Meta-Persistence} header it migrates the module's
 * schema with Liquibase, builds an EclipseLink unit on the platform's DataSource and registers the
 * {@code EntityManagerFactory} in the module bundle's context. When the module stops, or the DataSource goes away,
 * the factory is unregistered and closed; the data stays.
 */
@Component(immediate = true, service = {})
public class JpaExtender implements BundleTrackerCustomizer<List<JpaExtender.Unit>> {

    private static final Logger LOG = LoggerFactory.getLogger(JpaExtender.class);
    private static final String META_PERSISTENCE = "Meta-Persistence";

    /** A live unit of a module bundle. */
    record Unit(String name, EntityManagerFactory emf, ServiceRegistration<EntityManagerFactory> registration) {
    }

    private final UnitFactory factory;
    private final BundleTracker<List<Unit>> tracker;

    @Activate
    public JpaExtender(BundleContext context, @Reference(target = "(dataSourceName=opora)") DataSource dataSource) {
        this.factory = new UnitFactory(dataSource);
        if (factory.cluster()) {
            // the units tell which cache they keep once the database is known (CacheCoordination's log line)
            LOG.info("One of several nodes on the database ({} = true)", UnitFactory.CLUSTER);
        }
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        factory.close();
    }

    @Override
    public List<Unit> addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(META_PERSISTENCE);
        if (header == null) {
            return null;
        }
        String path = header.isBlank() ? "META-INF/persistence.xml" : header.split(",")[0].trim();
        URL xml = bundle.getEntry(path);
        if (xml == null) {
            LOG.error("Bundle {} declares {} but has no {}", bundle.getSymbolicName(), META_PERSISTENCE, path);
            return null;
        }
        List<Unit> units = new ArrayList<>();
        try {
            for (UnitDescriptor d : UnitFactory.read(xml)) {
                units.add(create(bundle, d));
            }
            return units;
        } catch (IOException | RuntimeException e) {
            LOG.error("Persistence of {} is not available: {}", bundle.getSymbolicName(), e.getMessage(), e);
            units.forEach(JpaExtender::close);
            return null;
        }
    }

    private Unit create(Bundle bundle, UnitDescriptor d) {
        long start = System.nanoTime();
        ClassLoader loader = new UnitClassLoader(bundle.adapt(BundleWiring.class).getClassLoader(),
                List.of(PersistenceProvider.class.getClassLoader(),
                        org.eclipse.persistence.indirection.IndirectList.class.getClassLoader(),
                        OporaDerbyPlatform.class.getClassLoader()));
        String schema = d.schema();
        // EclipseLink caches deployed sessions by name: one per bundle revision, so an update gets a fresh unit
        EntityManagerFactory emf = factory.build(d, bundle.getEntry("/"), loader,
                d.name() + "@" + bundle.getBundleId() + "." + bundle.getLastModified());
        Dictionary<String, Object> sp = new Hashtable<>();
        sp.put(PersistenceUnits.UNIT_NAME, d.name());
        sp.put("opora.schema", schema);
        ServiceRegistration<EntityManagerFactory> reg =
                bundle.getBundleContext().registerService(EntityManagerFactory.class, emf, sp);
        LOG.info("Persistence unit {} of {} ready in {} ms", d.name(), bundle.getSymbolicName(),
                (System.nanoTime() - start) / 1_000_000);
        return new Unit(d.name(), emf, reg);
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<Unit> units) {
        // state changes between STARTING and ACTIVE need nothing
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<Unit> units) {
        units.forEach(JpaExtender::close);
        LOG.info("Persistence units of {} closed", bundle.getSymbolicName());
    }

    private static void close(Unit unit) {
        try {
            unit.registration().unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle's context is already invalid: the framework unregistered it
        }
        if (unit.emf().isOpen()) {
            unit.emf().close();
        }
    }
}
