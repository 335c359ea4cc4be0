package org.opora.platform.security.internal.settings;

import java.net.URL;
import java.util.Collections;
import java.util.Hashtable;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.opora.platform.persistence.internal.UnitDescriptor;
import org.opora.platform.persistence.internal.UnitFactory;
import org.opora.platform.testing.PostgresCluster;

/**
 * What the shared settings cost, printed (not a test): on a fresh embedded Derby database and on a throw-away
 * PostgreSQL, the start of a node holding 16 shared configurations (the seeding and taking of the table), one store,
 * and the poll that finds nothing new ({@code SELECT MAX(REVISION)}), averaged over 2000 polls. Run from the module:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.opora.platform.security.internal.settings.SettingsSyncBench
 * </pre>
 */
public final class SettingsSyncBench {

    private SettingsSyncBench() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:settings-bench");
        derby.setCreateDatabase("create");
        measure("Derby 10.16 (embedded)", migrated(derby));
        try (PostgresCluster pg = PostgresCluster.startOrSkip()) {
            measure("PostgreSQL (local socket)", migrated(pg.createDatabase("bench")));
        }
    }

    private static void measure(String database, DataSource ds) throws Exception {
        NodeConfigurations local = new NodeConfigurations();
        for (int i = 0; i < 16; i++) {
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("maxMinutes", 40 + i);
            props.put("kinds", new String[] {"consultation", "lesson", "meeting"});
            local.write("org.opora.bench" + i + ".rules", props);
        }
        SharedSettingsTable table = new SharedSettingsTable(ds);
        SettingsSync sync = new SettingsSync(table, local);
        long t0 = System.nanoTime();
        sync.start();
        long started = System.nanoTime() - t0;
        Hashtable<String, Object> changed = new Hashtable<>();
        changed.put("maxMinutes", 90);
        t0 = System.nanoTime();
        sync.store("org.opora.bench0.rules", changed);
        long stored = System.nanoTime() - t0;
        for (int i = 0; i < 200; i++) {
            sync.poll();
        }
        int polls = 2000;
        t0 = System.nanoTime();
        for (int i = 0; i < polls; i++) {
            sync.poll();
        }
        long polled = System.nanoTime() - t0;
        System.out.printf("%s: start with 16 configurations (seed + take) %.1f ms; one store %.2f ms;"
                + " one poll finding nothing %.3f ms (mean of %d)%n", database, started / 1e6, stored / 1e6,
                polled / 1e6 / polls, polls);
    }

    private static DataSource migrated(DataSource database) throws Exception {
        ClassLoader loader = SettingsSyncBench.class.getClassLoader();
        for (URL xml : Collections.list(loader.getResources("META-INF/persistence.xml"))) {
            for (UnitDescriptor unit : UnitFactory.read(xml)) {
                if (unit.name().equals("opora-security")) {
                    String s = xml.toString();
                    URL root = new URL(s.substring(0, s.length() - "META-INF/persistence.xml".length()));
                    new UnitFactory(database).build(unit, root, loader, "bench").close();
                    return database;
                }
            }
        }
        throw new IllegalStateException("no opora-security unit on the class path");
    }
}
