/**
 * External agencies the service works with (000 §4.4) and the log of interactions with them. 1.1: an interaction
 * carries its direction of work (000 §3).
 */
@Export
@Version("1.1.0")
package org.opora.core.api.agency;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
