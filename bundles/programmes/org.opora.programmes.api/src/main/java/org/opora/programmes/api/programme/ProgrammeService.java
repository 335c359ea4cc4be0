package org.opora.programmes.api.programme;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Individual support programmes (002) as a whole: the list, the pupil's programmes, one programme and its revisions,
 * drafting and saving the content before approval. Reading a programme's content needs to be its curator, a
 * participant or responsible specialist, the consilium's chair or a holder of {@code programmes.read-all}; every
 * read is audited. The lifecycle (parents, consent, approval, start, review, closing, new revisions) is
 * {@link ProgrammeLifecycle}'s, the plan of activities and the curator's observations {@link SupportPlanService}'s;
 * all of them apply the same access to the programme. Each change takes the version the user saw: a concurrent
 * change is refused with the core's ConflictException, never silently overwritten. A rule's refusal is a
 * ValidationException whose message cites the clause.
 */
@ProviderType
public interface ProgrammeService {

    /** Programmes matching the filters that the user may see, pupils by name. */
    List<ProgrammeSummary> find(ProgrammeQuery query, int offset, int limit);

    /** The number of programmes {@link #find} pages through. */
    int count(ProgrammeQuery query);

    /** The pupil's programmes for the pupil card: content-visible ones in full, others as existence and curator. */
    List<ProgrammeSummary> ofPupil(long pupilId);

    /**
     * The programme; the read is audited.
     *
     * @throws org.opora.platform.api.security.AccessDeniedException for a user who may only know it exists
     */
    Programme get(long programmeId);

    /** Whether the current user may open the programme's content. */
    boolean canRead(long programmeId);

    /** Drafts a programme for a pupil (the pupil's data are taken from the core now). */
    Programme create(ProgrammeDraft draft);

    /**
     * Saves the draft, its tasks included. After approval the programme is not changed in place: use
     * {@link ProgrammeLifecycle#change}.
     *
     * @throws org.opora.core.api.ConflictException when somebody saved it since {@code version}
     */
    Programme update(long programmeId, long version, ProgrammeDraft draft);

    /**
     * Programmes due for review by the consilium on the day: in review, or in progress and ending within the
     * configured number of days. For the consilium's chair, deputy chair and secretary (core structure), who
     * prepare the agenda, and for holders of {@code programmes.read-all}; content is not included.
     */
    List<ProgrammeSummary> dueForReview(LocalDate day);

    /**
     * Appoints (or replaces) the programme's curator: regulation 002, "the curator is appointed by the chair of the
     * consilium". Allowed to the consilium's chair of today and to the system; while nobody chairs the consilium in
     * the system (the school works without the consilium module), to whoever keeps the programme, who enters the
     * chair's appointment. Not for a closed, extended or changed revision. Recorded as a step and journaled.
     *
     * @throws org.opora.core.api.ConflictException when somebody changed the programme since {@code version}
     * @since 2.1
     */
    Programme appointCurator(long programmeId, long version, long curatorId);

    /**
     * Whether the current user may set the programme's curator ({@link #appointCurator}, or the curator of a draft
     * they save); the others see the curator the chair appointed. Reading nothing, nothing is journaled.
     *
     * @since 2.1
     */
    boolean mayAppointCurator(long programmeId);

    /** Every revision of the programme, oldest first. */
    List<Programme> revisions(long programmeId);
}
