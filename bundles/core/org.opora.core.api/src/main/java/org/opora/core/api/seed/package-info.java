/**
 * Seeding an empty installation: a whole school given as data ({@link org.opora.core.api.seed.SchoolSeed}) and
 * written by {@link org.opora.core.api.seed.SchoolSeedService} in one transaction. Records of a seed refer to each
 * other by keys the seed itself defines (staff key, class name, order number, agency name, pupil index), never by
 * database ids.
 */
@Export
@Version("1.2.0")
package org.opora.core.api.seed;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
