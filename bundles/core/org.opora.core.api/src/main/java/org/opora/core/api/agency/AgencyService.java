package org.opora.core.api.agency;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * External agencies and the interaction log. Reading needs {@code core.agency.read}, changes
 * {@code core.agency.edit}. Reading the interactions of a pupil is audited.
 */
@ProviderType
public interface AgencyService {

    /** Agencies of a kind (empty for all), by name. */
    List<Agency> agencies(String kind, boolean includeInactive);

    Agency get(long agencyId);

    Agency create(AgencyDraft draft);

    Agency update(long agencyId, long version, AgencyDraft draft);

    Agency setActive(long agencyId, boolean active);

    /** Interactions, newest first; {@code agencyId} or {@code pupilId} narrow the list when not {@code null}. */
    List<Interaction> interactions(Long agencyId, Long pupilId, int offset, int limit);

    int countInteractions(Long agencyId, Long pupilId);

    Interaction record(InteractionDraft draft);

    Interaction update(long interactionId, long version, InteractionDraft draft);

    /**
     * The open next steps recorded by a person, for their duties: due in the future or overdue by at most 30 days,
     * and not yet followed by a later interaction with the same agency about the same pupil.
     */
    List<Interaction> openNextSteps(String author);
}
