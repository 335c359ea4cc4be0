package org.opora.programmes.api.programme;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The consilium protocols a programme may cite (the 002 form's "consilium protocol (number, date)"), offered by the
 * link to the consilium module while that module is installed. Without one the protocol is typed in. Reads are
 * checked and journaled by the consilium module as the signed-in user's.
 */
@ConsumerType
public interface ProtocolSource {

    /** The finalised protocols that decided on the pupil, newest first; empty when the user may read none. */
    List<CitableProtocol> protocolsFor(long pupilId, Locale locale);
}
