package org.opora.programmes.impl.internal.print;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opora.core.api.NotFoundException;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.Consent;

/** Individual plans in memory; a plan may be closed to the current user. */
class FakePlans implements IndividualPlanService {

    final Map<Long, IndividualPlan> plans = new HashMap<>();
    final Set<Long> denied = new HashSet<>();
    final Map<Long, List<org.opora.programmes.api.plan.Consultation>> consultations = new HashMap<>();

    @Override
    public IndividualPlan get(long planId) {
        IndividualPlan plan = plans.get(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        if (denied.contains(planId)) {
            throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
        }
        return plan;
    }

    @Override
    public List<IndividualPlan> ofPupil(long pupilId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public int count() {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan informParents(long pupilId, LocalDate on, String representative) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan create(IndividualPlanDraft draft) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan update(long planId, long version, IndividualPlanDraft draft) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan recordAcquaintance(long planId, long version,
            org.opora.programmes.api.plan.Acquaintance acquaintance) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan discussedWithParents(long planId, long version, LocalDate on) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan recordConsent(long planId, long version, Consent consent) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan agree(long planId, long version, LocalDate on) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan approve(long planId, long version, LocalDate on) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan change(long planId, long version, IndividualPlanDraft draft, Long orderId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan agreeInChain(long planId, long version, LocalDate on) {
        throw new AssertionError("not expected in this test");
    }

    /** The plan's chain as the seed schools have it: the director approves. */
    @Override
    public List<ApprovalStep> approvals(long planId) {
        return PrintFixture.directorChain(get(planId).steps());
    }

    @Override
    public List<org.opora.programmes.api.plan.Consultation> consultations(long planId) {
        get(planId);
        return consultations.getOrDefault(planId, List.of());
    }

    @Override
    public IndividualPlan addConsultation(long planId, long version,
            org.opora.programmes.api.plan.ConsultationDraft consultation) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan removeConsultation(long planId, long version, long consultationId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public boolean mayCarryOut(long planId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public boolean mayKeep(long planId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public boolean mayAgree(long planId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan start(long planId, long version, LocalDate on) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan recordResults(long planId, long version, String results) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public IndividualPlan close(long planId, long version, LocalDate on, String analysis) {
        throw new AssertionError("not expected in this test");
    }
}
