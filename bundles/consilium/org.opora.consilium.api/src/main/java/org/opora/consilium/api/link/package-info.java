/**
 * What other modules use of the consilium, through optional dynamic references so that they also work when the
 * consilium is not installed: {@link org.opora.consilium.api.link.ConsiliumLink} cites protocols and reads their
 * decisions; a module registers an {@link org.opora.consilium.api.link.AgendaSource} to propose pupils for the
 * agenda (programmes due for review) and a {@link org.opora.consilium.api.link.ProtocolListener} to act on the
 * decisions of a finalised protocol. 1.1: {@link org.opora.consilium.api.link.AgendaReason#CURATOR_REQUEST}, the
 * curator's request for an unplanned meeting.
 */
@Export
@Version("1.1.0")
package org.opora.consilium.api.link;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
