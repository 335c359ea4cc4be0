/**
 * The individual professional route (regulation 004, 3.1) and its checkpoints, the kontrolnye srezy (3.2), with
 * their due dates, results and evidence; the checkpoints due or overdue are duties of the lead.
 */
@Export
@Version("1.0.0")
package org.opora.teachersupport.api.route;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
