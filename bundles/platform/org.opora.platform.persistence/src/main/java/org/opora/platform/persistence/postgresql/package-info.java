/**
 * What the platform does with a PostgreSQL database beyond JDBC, shared by the JPA extender's migrations and the
 * online backup: {@link org.opora.platform.persistence.postgresql.PostgresTools} runs {@code pg_dump} and
 * {@code pg_restore} for the installation's datasource; {@link org.opora.platform.persistence.postgresql.AdvisoryLock}
 * takes a session-level advisory lock, so that of several nodes on one database one does a thing at a time
 * (a schema's migration, the scheduled backup). Plain JDK and JDBC, usable outside Karaf.
 */
@Export
@Version("1.0.0")
package org.opora.platform.persistence.postgresql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
