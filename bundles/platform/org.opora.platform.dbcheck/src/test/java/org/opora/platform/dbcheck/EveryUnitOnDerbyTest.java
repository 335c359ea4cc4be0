package org.opora.platform.dbcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.opora.platform.persistence.internal.DatabaseProduct;
import org.opora.platform.persistence.internal.OporaDerbyPlatform;
import org.opora.platform.persistence.internal.UnitFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every module's unit on embedded Derby, the default database: the baseline the PostgreSQL test compares with. */
class EveryUnitOnDerbyTest {

    private static final Logger LOG = LoggerFactory.getLogger(EveryUnitOnDerbyTest.class);

    @Test
    void everyModuleWithAPersistenceUnitIsChecked() throws Exception {
        Set<String> here = new TreeSet<>();
        ModuleUnits.onClassPath().forEach(u -> here.add(u.unit().name()));
        assertEquals(ModuleUnits.inSourceTree(), here,
                "every module with a persistence.xml is a test dependency of org.opora.platform.dbcheck");
    }

    @Test
    void everyUnitIsBuiltOnDerbyAndEachEntityIsRead() throws Exception {
        assertEquals(DatabaseProduct.DERBY, new UnitFactory(ModuleUnits.derby()).product());
        for (ModuleUnits.Built b : ModuleUnits.onDerby()) {
            assertInstanceOf(OporaDerbyPlatform.class, platform(b), b.module().unit().name());
            EntityQueries.run(b.emf());
        }
    }

    @Test
    void everyReleasedChangeSetKeepsItsChecksumOnDerby() throws Exception {
        Map<String, String> released = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/released-change-sets.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int last = line.lastIndexOf(' ');
                    released.put(line.substring(0, last), line.substring(last + 1));
                }
            }
        }
        Map<String, String> applied = new TreeMap<>();
        for (ModuleUnits.Built b : ModuleUnits.onDerby()) {
            try (Connection c = ModuleUnits.derby().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT FILENAME, ID, AUTHOR, MD5SUM FROM "
                            + b.module().unit().schema() + ".DATABASECHANGELOG")) {
                while (rs.next()) {
                    applied.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getString(4));
                }
            }
        }
        Map<String, String> changed = new TreeMap<>();
        released.forEach((changeSet, sum) -> {
            if (!sum.equals(applied.get(changeSet))) {
                changed.put(changeSet, sum + " released, now " + applied.get(changeSet));
            }
        });
        assertEquals(Map.of(), changed, "a released change set edited: installations that applied it would not start");
        applied.keySet().removeAll(released.keySet());
        if (!applied.isEmpty()) {
            LOG.info("Change sets not yet in released-change-sets.txt (add them when released): {}", applied);
        }
    }

    static Object platform(ModuleUnits.Built b) {
        return ((JpaEntityManagerFactory) b.emf()).getDatabaseSession().getDatasourcePlatform();
    }
}
