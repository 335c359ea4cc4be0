/**
 * What other modules use of the consilium, through optional dynamic references so that they also work when the
 * consilium is not installed: {@link org.opora.consilium.api.link.ConsiliumLink} cites protocols and reads their
 * decisions; a module registers an {@link org.opora.consilium.api.link.AgendaSource} to propose pupils for the
 * agenda (programmes due for review) and a {@link org.opora.consilium.api.link.ProtocolListener} to act on the
 * decisions of a finalised protocol.
 */
@Export
@Version("1.0.0")
package org.opora.consilium.api.link;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
