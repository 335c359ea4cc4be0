package org.opora.consilium.api.link;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service told when a protocol is finalised or a finalised protocol is amended, so that a module acts on
 * its decisions (the programmes module closes, extends or changes a programme under review). Called after the
 * transaction, as the user who finalised; an exception is logged and does not undo the protocol.
 */
@ConsumerType
public interface ProtocolListener {

    /** The pupils' parts of the protocol just finalised or amended. */
    void protocolFinalised(List<ProtocolRef> items);
}
