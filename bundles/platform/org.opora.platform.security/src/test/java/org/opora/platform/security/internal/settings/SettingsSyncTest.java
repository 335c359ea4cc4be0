package org.opora.platform.security.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Hashtable;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.platform.persistence.internal.UnitDescriptor;
import org.opora.platform.persistence.internal.UnitFactory;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.PostgresCluster;

/**
 * Two nodes on one database (the security unit's {@code SHARED_SETTING} table, migrated by its changelog) on
 * embedded Derby and on a throw-away PostgreSQL: a setting stored on node A is in force on node B at B's next poll,
 * a reset too; what B takes from the table is not written back; the first start of an upgraded installation seeds the
 * table once and a second node takes its values; a node-local setting stays on its node; a database that refuses the
 * change leaves the node as it was.
 */
class SettingsSyncTest {

    @RegisterExtension
    static final InMemoryUnit UNIT = new InMemoryUnit("opora-security");

    private static final String RULES = "org.opora.core.rules";
    private static final String TEXTS = "org.opora.platform.texts";

    @Test
    void aSettingStoredOnNodeAIsInForceOnNodeBAfterItsPollOnDerby() throws IOException {
        changeOnOneNodeReachesTheOther(UNIT.dataSource());
    }

    @Test
    void aSettingStoredOnNodeAIsInForceOnNodeBAfterItsPollOnPostgreSql() throws Exception {
        try (PostgresCluster pg = PostgresCluster.startOrSkip()) {
            changeOnOneNodeReachesTheOther(migrated(pg.createDatabase("settings")));
        }
    }

    @Test
    void theFirstStartSeedsTheTableOnceAndASecondNodeTakesItsValuesOnDerby() throws IOException {
        seedOnceThenTake(UNIT.dataSource());
    }

    @Test
    void theFirstStartSeedsTheTableOnceAndASecondNodeTakesItsValuesOnPostgreSql() throws Exception {
        try (PostgresCluster pg = PostgresCluster.startOrSkip()) {
            seedOnceThenTake(migrated(pg.createDatabase("seed")));
        }
    }

    @Test
    void aNodeLocalSettingStaysOnItsNode() throws IOException {
        SharedSettingsTable table = new SharedSettingsTable(UNIT.dataSource());
        NodeConfigurations a = new NodeConfigurations();
        NodeConfigurations b = new NodeConfigurations();
        SettingsSync nodeA = new SettingsSync(table, a);
        SettingsSync nodeB = new SettingsSync(table, b);
        nodeA.start();
        nodeB.start();

        nodeA.store("org.opora.platform.backup", props("folder", "/srv/backup-a"));

        assertEquals(0, nodeB.poll());
        assertFalse(b.stored.containsKey("org.opora.platform.backup"));
        assertEquals("/srv/backup-a", a.stored.get("org.opora.platform.backup").get("folder"));
    }

    @Test
    void aDatabaseThatRefusesTheChangeLeavesTheNodeAsItWas() {
        EmbeddedDataSource missing = new EmbeddedDataSource();
        missing.setDatabaseName("memory:no-such-database");
        NodeConfigurations a = new NodeConfigurations();
        a.write(RULES, props("maxMinutes", 40));
        SettingsSync nodeA = new SettingsSync(new SharedSettingsTable(missing), a);

        IOException refused = assertThrows(IOException.class, () -> nodeA.store(RULES, props("maxMinutes", 45)));

        assertTrue(refused.getMessage().contains("not changed"), refused.getMessage());
        assertEquals(40, a.stored.get(RULES).get("maxMinutes"));
    }

    private static void changeOnOneNodeReachesTheOther(DataSource database) throws IOException {
        SharedSettingsTable table;
        table = new SharedSettingsTable(database);
        NodeConfigurations a = new NodeConfigurations();
        NodeConfigurations b = new NodeConfigurations();
        b.write(RULES, props("felix.fileinstall.filename", "file:/node-b/etc/org.opora.core.rules.cfg"));
        SettingsSync nodeA = new SettingsSync(table, a);
        SettingsSync nodeB = new SettingsSync(table, b);
        nodeA.start();
        nodeB.start();

        Hashtable<String, Object> rules = props("maxMinutes", 45);
        rules.put("kinds", new String[] {"consultation", "lesson"});
        nodeA.store(RULES, rules);
        nodeA.store(TEXTS, props("ru.core.rule", "Text of the school"));

        assertEquals(2, nodeB.poll(), "B takes both changes at its next poll");
        assertEquals(45, b.stored.get(RULES).get("maxMinutes"));
        assertEquals("lesson", ((String[]) b.stored.get(RULES).get("kinds"))[1]);
        assertEquals("file:/node-b/etc/org.opora.core.rules.cfg",
                b.stored.get(RULES).get("felix.fileinstall.filename"), "B's own file stays B's");
        assertEquals("Text of the school", b.stored.get(TEXTS).get("ru.core.rule"));
        long revision = latest(table);
        int writesOfA = a.writes;
        assertEquals(0, nodeA.poll(), "A's own change comes back to A and changes nothing");
        assertEquals(0, nodeB.poll(), "nothing new");
        assertEquals(writesOfA, a.writes);
        assertEquals(revision, latest(table), "what B took was not written back as a new revision");

        nodeB.store(RULES, null);
        assertEquals(1, nodeA.poll(), "a reset on B reaches A");
        assertFalse(a.stored.containsKey(RULES));
        assertTrue(a.stored.containsKey(TEXTS));
    }

    private static void seedOnceThenTake(DataSource database) throws IOException {
        SharedSettingsTable table = new SharedSettingsTable(database);
        // node A was upgraded first: its settings were made before the table existed
        NodeConfigurations a = new NodeConfigurations();
        a.write(RULES, props("maxMinutes", 50));
        a.write(TEXTS, props("en.core.rule", "Our own rule"));
        a.write("org.opora.platform.backup", props("folder", "/srv/a"));
        // node B had been changed differently, by hand, before the upgrade
        NodeConfigurations b = new NodeConfigurations();
        b.write(RULES, props("maxMinutes", 30));
        b.write("org.opora.consilium.rules", props("quorum", 3));
        b.write("org.opora.platform.backup", props("folder", "/srv/b"));

        new SettingsSync(table, a).start();
        new SettingsSync(table, b).start();

        assertEquals(50, b.stored.get(RULES).get("maxMinutes"), "the second node takes the seeded value");
        assertEquals("Our own rule", b.stored.get(TEXTS).get("en.core.rule"));
        assertEquals("/srv/b", b.stored.get("org.opora.platform.backup").get("folder"), "node-local stays");
        assertEquals(3, b.stored.get("org.opora.consilium.rules").get("quorum"),
                "a setting the table does not hold is left alone");
        assertEquals(2, latest(table), "seeded once, by the first node: its two shared configurations");

        // a third node, new, on the existing database
        NodeConfigurations c = new NodeConfigurations();
        new SettingsSync(table, c).start();
        assertEquals(Map.of("maxMinutes", 50), Collections.unmodifiableMap(c.stored.get(RULES)));
    }

    private static long latest(SharedSettingsTable table) {
        try {
            return table.latest();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Hashtable<String, Object> props(String key, Object value) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(key, value);
        return props;
    }

    /** The security unit built on the database: its changelog creates the table, as at a node's start. */
    private static DataSource migrated(DataSource database) throws IOException {
        ClassLoader loader = SettingsSyncTest.class.getClassLoader();
        for (URL xml : Collections.list(loader.getResources("META-INF/persistence.xml"))) {
            for (UnitDescriptor unit : UnitFactory.read(xml)) {
                if (unit.name().equals("opora-security")) {
                    String s = xml.toString();
                    URL root = new URL(s.substring(0, s.length() - "META-INF/persistence.xml".length()));
                    EntityManagerFactory emf = new UnitFactory(database).build(unit, root, loader, "settings@test");
                    emf.close();
                    return database;
                }
            }
        }
        throw new IllegalStateException("no opora-security unit on the class path");
    }
}
