package org.opora.programmes.api.plan;

import java.time.LocalDate;
import java.util.List;

import org.opora.platform.api.approval.ApprovalStep;
import org.opora.programmes.api.programme.Consent;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Individual plans (001), when the school uses that variant. The same confidentiality, auditing and optimistic
 * locking as programmes; changes after approval need an order (001 section 4.11) when the school requires one.
 */
@ProviderType
public interface IndividualPlanService {

    List<IndividualPlan> ofPupil(long pupilId);

    IndividualPlan get(long planId);

    /** How many individual plans there are that the caller may read, in every state; nothing is journaled. */
    int count();

    /** Records that the parents were informed of the right to an individual plan (001 section 4.1). */
    IndividualPlan informParents(long pupilId, LocalDate on, String representative);

    IndividualPlan create(IndividualPlanDraft draft);

    IndividualPlan update(long planId, long version, IndividualPlanDraft draft);

    /**
     * Records that the parents were acquainted with the main educational programme, the proposed curriculum and the
     * procedure of drawing up and carrying out the plan (001 section 4.3), while the plan is drawn up; the plan is
     * discussed with them (4.5) only once all three are recorded.
     *
     * @since 2.2
     */
    IndividualPlan recordAcquaintance(long planId, long version, Acquaintance acquaintance);

    /** The preliminary plan discussed again with the parents (001 section 4.5), after their acquaintance (4.3). */
    IndividualPlan discussedWithParents(long planId, long version, LocalDate on);

    IndividualPlan recordConsent(long planId, long version, Consent consent);

    /** The coordinator's agreement (001 section 4.8). */
    IndividualPlan agree(long planId, long version, LocalDate on);

    /**
     * The approval by a holder of the approving role of the school's chain ({@code planApprovalChain}; 001 section
     * 4.9: the director) within the deadline, after the coordinator's agreement and every agreement of the chain.
     */
    IndividualPlan approve(long planId, long version, LocalDate on);

    /**
     * An agreement of the school's approval chain by a holder of its next step's role, after the coordinator's
     * agreement; refused when the next step is the approval or the caller does not hold the role.
     *
     * @since 2.2
     */
    IndividualPlan agreeInChain(long planId, long version, LocalDate on);

    /**
     * The plan's approval chain as it stands: the steps taken (who, position, day) and those still open with the
     * people holding their roles, in order. Read like the plan.
     *
     * @since 2.2
     */
    List<ApprovalStep> approvals(long planId);

    /** A change after approval, fixed by an order from the core's register (001 section 4.11). */
    IndividualPlan change(long planId, long version, IndividualPlanDraft draft, Long orderId);

    /**
     * The consultations with the school's specialists held with the parents (001 section 4.6), oldest first. Read
     * like the plan.
     *
     * @since 2.3
     */
    List<Consultation> consultations(long planId);

    /**
     * Records a consultation with a specialist (001 section 4.6) by whoever keeps the plan, until it is closed; every
     * wrong field is refused at once and nothing is stored.
     *
     * @since 2.3
     */
    IndividualPlan addConsultation(long planId, long version, ConsultationDraft consultation);

    /**
     * Removes a consultation recorded by mistake, until the plan is closed.
     *
     * @since 2.3
     */
    IndividualPlan removeConsultation(long planId, long version, long consultationId);

    /**
     * Whether the caller may carry out the plan (001 section 8.3.2): start it, record its results and close it with the
     * analysis. Its coordinator may (or, while it names none, a holder of {@code programmes.coordinate}).
     *
     * @since 2.3
     */
    boolean mayCarryOut(long planId);

    /**
     * Whether the caller keeps the plan (001): writes its content, records the parents' acquaintance, the discussion,
     * their consent and the consultations — its coordinator and the specialist who drafted it. Everyone else who may
     * read the plan reads it only.
     *
     * @since 2.3
     */
    boolean mayKeep(long planId);

    /**
     * Whether the caller gives the coordinator's agreement to the plan (001 section 4.8) and changes the approved plan
     * with it (section 4.11): a holder of {@code programmes.coordinate} with a staff record who is the plan's
     * coordinator, or any such holder while the plan names none. Another holder of {@code programmes.coordinate}
     * reads the plan only.
     *
     * @since 2.4
     */
    boolean mayAgree(long planId);

    /**
     * The approved plan is carried out from the day (001 section 8.3.2): the step {@code IN_PROGRESS}.
     *
     * @since 2.3
     */
    IndividualPlan start(long planId, long version, LocalDate on);

    /**
     * The results of carrying out the plan, while it is in progress; a later record replaces the earlier (the step
     * {@code RESULTS}, the text as its note). Required before closing.
     *
     * @since 2.3
     */
    IndividualPlan recordResults(long planId, long version, String results);

    /**
     * Closes the plan in progress with the coordinator's analysis of the work (001 section 8.3.2: the analysis and the
     * presentation of its results); refused without recorded results or without the analysis. The step {@code CLOSED}
     * carries the analysis as its note.
     *
     * @since 2.3
     */
    IndividualPlan close(long planId, long version, LocalDate on, String analysis);
}
