/**
 * Individual support programmes (IPS) as the form of regulation 002: the header table field for field, the plan of
 * activities with its seven columns, the lifecycle with recorded steps, revisions, and the curator's observations.
 */
@Export
@Version("1.1.0")
package org.opora.programmes.api.programme;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
