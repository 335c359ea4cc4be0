package org.opora.programmes.api.programme;

import java.time.LocalDate;
import java.util.List;

import org.opora.platform.api.approval.ApprovalStep;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The way of a programme through regulation 002: the curator introduces the draft to the parents, the parents
 * consent or refuse, the director approves, support starts, the consilium reviews the programme and closes it,
 * extends it or has it changed (a new revision each time, the old one kept as it was). Each step is allowed by the
 * lifecycle, checks the rules that apply to it and is recorded with who and when. The steps are taken by the
 * programme's curator and whoever drafted it, the agreements and the approval by the holders of the roles of the
 * school's approval chain ({@code programmeApprovalChain}, by default the director approves), the review
 * decision also by the consilium's chair, deputy chair and secretary. Each step takes the version the user saw: a
 * concurrent change is refused with the core's ConflictException.
 */
@ProviderType
public interface ProgrammeLifecycle {

    /** Records that the curator introduced the draft to the parents (002: the curator introduces the parents to the draft). */
    Programme discussedWithParents(long programmeId, long version, LocalDate on);

    /**
     * Records that the curator introduced the draft to the parents, with the proposals they made on it (002: the
     * parents may read the draft programme, take part in discussing the planned activities and make
     * proposals); empty when they made none. The proposals are the note of the step and are printed with the
     * programme.
     *
     * @since 2.3
     */
    Programme discussedWithParents(long programmeId, long version, LocalDate on, String proposals);

    /** Records the parents' consent or refusal. */
    Programme recordConsent(long programmeId, long version, Consent consent);

    /**
     * The approval (the "approved" block) by a holder of the role that approves in the school's chain: needs every
     * agreement of the chain, the curator and the consent; checks every rule.
     */
    Programme approve(long programmeId, long version, LocalDate on);

    /**
     * The agreement of the chain's next step by a holder of its role, in the state in which the programme may be
     * approved; checks the rules of the approval. Refused when the next step is the approval (every agreement is
     * taken) or the caller does not hold the next step's role.
     *
     * @since 2.2
     */
    Programme agree(long programmeId, long version, LocalDate on);

    /**
     * The programme's approval chain as it stands: the agreements and the approval taken (who, position, day) and
     * those still open with the people holding their roles, in order. Read like the programme.
     *
     * @since 2.2
     */
    List<ApprovalStep> approvals(long programmeId);

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
     * Applies the consilium's review decision to a programme in review (regulation 002: the consilium decides to
     * close or to continue support): {@code programme-close} closes it with the decision as the result; an
     * extension or a change is recorded as a step for the curator, who then extends or changes the programme. Allowed
     * to the consilium's chair, deputy chair and secretary and to the system.
     *
     * @param decision the consilium's decision code ({@code programme-close}, {@code programme-extend},
     *                 {@code programme-change})
     */
    Programme reviewDecided(long programmeId, ProtocolCitation protocol, String decision, String text);

    /**
     * The curator asks for an unplanned consilium about the programme's pupil (regulation 002), with the reason; the
     * request is journaled, recorded as a step ({@code MEETING_REQUESTED}) and proposed for the agenda of the
     * consilium's meetings until a protocol has discussed the pupil on it ({@link #meetingHeld}). Only the
     * programme's curator, while the programme is approved and not finished, and one open request at a time.
     *
     * @since 2.3
     */
    Programme requestMeeting(long programmeId, long version, String reason);

    /**
     * The open requests for an unplanned consilium, oldest first: for the consilium's chair, deputy chair and
     * secretary, the holders of {@code programmes.read-all} and the system; refused to others.
     *
     * @since 2.3
     */
    List<MeetingRequest> meetingRequests();

    /**
     * A consilium protocol discussed the pupil on the curator's request: the request is closed, with the protocol's
     * number and date ({@code MEETING_HELD}). Does nothing without an open request. Allowed to the consilium's chair,
     * deputy chair and secretary and to the system.
     *
     * @since 2.3
     */
    void meetingHeld(long programmeId, ProtocolCitation protocol);

    /**
     * Records the family's consent, or refusal, to pass information about the child and the family on to others
     * (002: information about the child and the family is strictly confidential and not disclosed without their
     * consent): the answer, the day, the parent who answered and, in the note, to whom (required with a consent).
     * A step {@code SHARING_CONSENT} or {@code SHARING_REFUSED}; the latest one stands. By the curator or whoever keeps
     * the programme, while it has not ended.
     *
     * @since 2.3
     */
    Programme recordSharingConsent(long programmeId, long version, Consent consent);
}
