/**
 * What other modules know about the pupil of a patronage case, shown on the case page: the consilium's protocols,
 * the support programmes. A module that has such records registers a {@link org.opora.patronage.api.link
 * .RelatedRecords} service (usually from a bundle installed only when both modules are); the patronage knows no
 * other module.
 */
@Export
@Version("1.0.0")
package org.opora.patronage.api.link;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
