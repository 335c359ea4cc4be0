/**
 * What a module needs to persist data: the header and properties the JPA extender reads, and
 * {@link org.opora.platform.persistence.TransactionTemplate}, the one place that opens transactions.
 *
 * <p>A module bundle ships {@code META-INF/persistence.xml} (header {@code Meta-Persistence}), its entities in an
 * internal package and a Liquibase changelog; the extender migrates the module's own schema, builds the
 * EclipseLink unit and registers an {@code EntityManagerFactory} service with {@code osgi.unit.name}.
 */
@Export
@Version("1.2.0")
package org.opora.platform.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
