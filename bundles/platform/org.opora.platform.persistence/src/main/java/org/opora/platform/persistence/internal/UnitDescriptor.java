package org.opora.platform.persistence.internal;

import java.util.List;
import java.util.Properties;

import org.opora.platform.persistence.PersistenceUnits;

/**
 * What the extender (and the test harness) reads from one {@code <persistence-unit>} element.
 *
 * @param name         unit name
 * @param classes      managed classes
 * @param mappingFiles orm.xml files
 * @param properties   unit properties
 */
public record UnitDescriptor(String name, List<String> classes, List<String> mappingFiles, Properties properties) {

    public UnitDescriptor {
        classes = List.copyOf(classes);
        mappingFiles = List.copyOf(mappingFiles);
    }

    /**
     * The module's schema as SQL names it unquoted, in upper case (as Derby stores it; PostgreSQL stores it in lower
     * case, see {@link DatabaseProduct#stored}).
     */
    public String schema() {
        String schema = properties.getProperty(PersistenceUnits.SCHEMA, "").trim();
        if (!schema.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalStateException("Persistence unit " + name + " needs property " + PersistenceUnits.SCHEMA
                    + " (letters and digits only), found '" + schema + "'");
        }
        return schema.toUpperCase(java.util.Locale.ROOT);
    }

    public String changelog() {
        return properties.getProperty(PersistenceUnits.CHANGELOG, PersistenceUnits.DEFAULT_CHANGELOG);
    }
}
