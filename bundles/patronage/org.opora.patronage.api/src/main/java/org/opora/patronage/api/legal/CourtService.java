package org.opora.patronage.api.legal;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Court representation of a case (003 section 3.2: the social pedagogue protects the minors' interests in court
 * when needed). Recorded by whoever keeps the case; read by whoever may read it.
 */
@ProviderType
public interface CourtService {

    /** The hearings, newest first. */
    List<CourtHearing> hearings(long caseId);

    CourtHearing record(long caseId, CourtHearingDraft draft);

    CourtHearing update(long hearingId, long version, CourtHearingDraft draft);
}
