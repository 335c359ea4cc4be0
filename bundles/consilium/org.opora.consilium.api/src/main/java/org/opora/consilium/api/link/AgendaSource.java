package org.opora.consilium.api.link;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module proposes pupils for the agenda of a meeting, e.g. the support
 * programmes module proposes the pupils whose programme is due for review. Called when a meeting is created or its
 * agenda is being prepared, for the current user; keep it to one query.
 */
@ConsumerType
public interface AgendaSource {

    /** Pupils to discuss at a meeting on the day. */
    List<AgendaProposal> proposals(LocalDate meetingDay);
}
