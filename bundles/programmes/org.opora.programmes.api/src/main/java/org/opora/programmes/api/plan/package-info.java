/**
 * Individual plans (individual support plans) of regulation 001 for pupils with OVZ, disabled children,
 * gifted pupils and pupils with special educational needs: parents informed of the right, their choices of lessons,
 * activities and forms of work, added hours within the maximum load, the coordinator's agreement and the director's
 * approval by the deadline set by order, the consultations with specialists (4.6), and carrying out the
 * approved plan to its closing with the coordinator's analysis (8.3.2; since 2.3); whether the caller gives the
 * coordinator's agreement (since 2.4).
 */
@Export
@Version("2.4.0")
package org.opora.programmes.api.plan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
