/**
 * Individual plans (individual support plans) of regulation 001 for pupils with OVZ, disabled children,
 * gifted pupils and pupils with special educational needs: parents informed of the right, their choices of lessons,
 * activities and forms of work, added hours within the maximum load, the coordinator's agreement and the director's
 * approval by the deadline set by order.
 */
@Export
@Version("2.2.0")
package org.opora.programmes.api.plan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
