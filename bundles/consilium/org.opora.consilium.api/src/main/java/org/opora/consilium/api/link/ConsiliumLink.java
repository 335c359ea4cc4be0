package org.opora.consilium.api.link;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Finalised protocols as other modules cite them. Reads are checked like the meetings themselves (members, the
 * director, the head of service, participants) unless there is no signed-in user; each read is audited.
 */
@ProviderType
public interface ConsiliumLink {

    /** The pupil's parts of finalised protocols, newest first. */
    List<ProtocolRef> protocolsFor(long pupilId);

    /** One pupil's part of a finalised protocol, if it exists and is finalised. */
    Optional<ProtocolRef> item(long itemId);

    /** The finalised decisions on items proposed with the given source reference, newest first. */
    List<ProtocolRef> decisionsFor(String sourceRef);

    /** "No. 5 of 12.03.2027" in the language, the way a programme cites the protocol. */
    String citation(ProtocolRef ref, Locale locale);
}
