/**
 * Meetings of the consilium (planned after a monitoring survey, or unplanned), their participants, the per-pupil
 * agenda following the procedure of regulation 002 (presentations, problems, goal and tasks, resources, decision)
 * and the protocol, which once finalised changes only by an audited amendment.
 */
@Export
@Version("1.0.0")
package org.opora.consilium.api.meeting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
