package org.opora.programmes.api.plan;

import java.time.LocalDate;
import java.util.List;

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

    /** The preliminary plan discussed again with the parents (001 section 4.5). */
    IndividualPlan discussedWithParents(long planId, long version, LocalDate on);

    IndividualPlan recordConsent(long planId, long version, Consent consent);

    /** The coordinator's agreement (001 section 4.8). */
    IndividualPlan agree(long planId, long version, LocalDate on);

    /** The director's approval within the deadline set by order (001 sections 4.8, 4.9). */
    IndividualPlan approve(long planId, long version, LocalDate on);

    /** A change after approval, fixed by an order from the core's register (001 section 4.11). */
    IndividualPlan change(long planId, long version, IndividualPlanDraft draft, Long orderId);
}
