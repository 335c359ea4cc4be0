/**
 * The people of a patronage case (regulation 003): curators appointed, replaced and released by the director's
 * order with their history (internal curators from the staff, external curators by name and organisation), the
 * micro-team of staff who work with the pupil, and the specialists the coordinator involves with the request and
 * its outcome.
 */
@Export
@Version("1.1.0")
package org.opora.patronage.api.team;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
