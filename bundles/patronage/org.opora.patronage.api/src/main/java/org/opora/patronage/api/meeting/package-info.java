/**
 * The director's administrative meetings on the results of the individual patronage (regulation 003 section 3.1:
 * the director holds administrative meetings to sum up the results; section 3.3: the curators report there): the
 * cases discussed with the curators' reports, the decision on each, and the minutes, read-only once finalised.
 */
@Export
@Version("1.0.0")
package org.opora.patronage.api.meeting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
