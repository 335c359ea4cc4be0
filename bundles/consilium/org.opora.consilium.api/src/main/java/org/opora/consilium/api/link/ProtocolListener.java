package org.opora.consilium.api.link;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service told when a protocol is finalised or a finalised protocol is amended, so that a module acts on
 * its decisions (the programmes module closes, extends or changes a programme under review). Called after the
 * transaction, as the user who finalised; the protocol stands whatever the listener does. An exception means the
 * listener could not apply the parts now (its database or a service it needs is unavailable): the consilium keeps
 * them in its outbox, written with the protocol, and calls again later — after 1, 5 and 15 minutes, then hourly,
 * as the system, and a minute after a restart — until the call returns. A listener therefore applies a part it
 * already applied as a no-op, and throws only for what a later call may cure; a decision that can never apply
 * (the programme is no longer under review) is logged and returns.
 */
@ConsumerType
public interface ProtocolListener {

    /** The pupils' parts of the protocol just finalised or amended. */
    void protocolFinalised(List<ProtocolRef> items);
}
