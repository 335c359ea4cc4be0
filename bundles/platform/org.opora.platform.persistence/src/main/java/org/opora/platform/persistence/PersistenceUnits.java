package org.opora.platform.persistence;

/** Names shared by the JPA extender and the module bundles it serves. */
public final class PersistenceUnits {

    /** Service property of a registered {@code EntityManagerFactory}: the persistence unit name. */
    public static final String UNIT_NAME = "osgi.unit.name";

    /**
     * Persistence unit property: the database schema that holds the module's tables (required). Each module owns
     * one schema; no two modules share one.
     */
    public static final String SCHEMA = "opora.schema";

    /**
     * Persistence unit property: class path of the module's Liquibase changelog; default
     * {@value #DEFAULT_CHANGELOG}.
     */
    public static final String CHANGELOG = "opora.changelog";

    /** Default changelog location inside a module bundle. */
    public static final String DEFAULT_CHANGELOG = "db/changelog.xml";

    /** {@code Require-Capability} filter a module bundle states so that the resolver installs the extender. */
    public static final String EXTENDER = "opora.jpa";

    private PersistenceUnits() {
    }
}
