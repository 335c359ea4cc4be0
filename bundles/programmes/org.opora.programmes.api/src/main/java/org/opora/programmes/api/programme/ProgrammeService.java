package org.opora.programmes.api.programme;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Individual support programmes (002). Reading a programme's content needs to be its curator, a participant or
 * responsible specialist, the consilium's chair or a holder of {@code programmes.read-all}; every read is audited.
 * Each change takes the version the user saw: a concurrent change is refused with the core's ConflictException,
 * never silently overwritten. A rule's refusal is a ValidationException whose message cites the clause.
 */
@ProviderType
public interface ProgrammeService {

    /** Programmes matching the filters that the user may see, pupils by name. */
    List<ProgrammeSummary> find(ProgrammeQuery query, int offset, int limit);

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
     * Saves the draft. After approval the programme is not changed in place: use {@link #change}.
     *
     * @throws org.opora.core.api.ConflictException when somebody saved it since {@code version}
     */
    Programme update(long programmeId, long version, ProgrammeDraft draft);

    /** Records that the curator introduced the draft to the parents (002: the curator introduces the parents to the draft). */
    Programme discussedWithParents(long programmeId, long version, LocalDate on);

    /** Records the parents' consent or refusal. */
    Programme recordConsent(long programmeId, long version, Consent consent);

    /** The director's approval (the "approved" block): needs the curator and the consent; checks every rule. */
    Programme approve(long programmeId, long version, LocalDate on);

    /** Support begins. */
    Programme start(long programmeId, long version, LocalDate on);

    /** Sends the programme to the consilium for review (at its end, or earlier at the curator's initiative). */
    Programme toReview(long programmeId, long version, LocalDate on);

    /** Closes the programme by the review decision (the citation of the protocol), with the result in words. */
    Programme close(long programmeId, long version, ProtocolCitation decision, String result);

    /** Extends support for a new period: a new revision from the old one, the old one marked extended. */
    Programme extend(long programmeId, long version, ProtocolCitation decision, LocalDate newEnd);

    /**
     * Changes an approved programme: a new revision with the changed content, which needs the curator's agreement
     * (recorded with the change), the old one marked changed. The new revision is approved again.
     */
    Programme change(long programmeId, long version, ProgrammeDraft draft, String curatorAgreement);

    /**
     * Programmes due for review by the consilium on the day: in review, or in progress and ending within the
     * configured number of days. For the consilium's chair, deputy chair and secretary (core structure), who
     * prepare the agenda, and for holders of {@code programmes.read-all}; content is not included.
     */
    List<ProgrammeSummary> dueForReview(LocalDate day);

    /**
     * Applies the consilium's review decision to a programme in review (regulation 002: the consilium decides to
     * close or to continue support): {@code programme-close} closes it with the decision as the result; an
     * extension or a change is recorded as a step for the curator, who then extends or changes the programme. Allowed
     * to the consilium's chair, deputy chair and secretary and to the system.
     *
     * @param decision the consilium's decision code ({@code programme-close}, {@code programme-extend},
     *                 {@code programme-change})
     */
    Programme reviewDecided(long programmeId, ProtocolCitation protocol, String decision, String text);

    /** Every revision of the programme, oldest first. */
    List<Programme> revisions(long programmeId);

    List<PlanRow> plan(long programmeId);

    PlanRow addRow(long programmeId, PlanRowDraft draft);

    PlanRow updateRow(long rowId, long version, PlanRowDraft draft);

    /** Moves a row to a 1-based position. */
    List<PlanRow> moveRow(long rowId, int position);

    void removeRow(long rowId);

    /** The responsible specialist (or the curator) marks the row done with the actual result. */
    PlanRow markDone(long rowId, long version, LocalDate on, String actualResult, String recommendations);

    List<Observation> observations(long programmeId);

    /** The curator records the pupil's state. */
    Observation observe(long programmeId, LocalDate on, String text);
}
