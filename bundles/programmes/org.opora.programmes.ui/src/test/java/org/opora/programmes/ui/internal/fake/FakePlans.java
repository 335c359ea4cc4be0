package org.opora.programmes.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.Consent;

/** An individual plan service that fails the test on every call it does not override. */
public class FakePlans implements IndividualPlanService {

    @Override
    public List<IndividualPlan> ofPupil(long pupilId) {
        throw Unexpected.call("ofPupil");
    }

    @Override
    public IndividualPlan get(long planId) {
        throw Unexpected.call("get");
    }

    @Override
    public int count() {
        throw Unexpected.call("count");
    }

    @Override
    public IndividualPlan informParents(long pupilId, LocalDate on, String representative) {
        throw Unexpected.call("informParents");
    }

    @Override
    public IndividualPlan create(IndividualPlanDraft draft) {
        throw Unexpected.call("create");
    }

    @Override
    public IndividualPlan update(long planId, long version, IndividualPlanDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public IndividualPlan recordAcquaintance(long planId, long version,
            org.opora.programmes.api.plan.Acquaintance acquaintance) {
        throw Unexpected.call("recordAcquaintance");
    }

    @Override
    public IndividualPlan discussedWithParents(long planId, long version, LocalDate on) {
        throw Unexpected.call("discussedWithParents");
    }

    @Override
    public IndividualPlan recordConsent(long planId, long version, Consent consent) {
        throw Unexpected.call("recordConsent");
    }

    @Override
    public IndividualPlan agree(long planId, long version, LocalDate on) {
        throw Unexpected.call("agree");
    }

    @Override
    public IndividualPlan approve(long planId, long version, LocalDate on) {
        throw Unexpected.call("approve");
    }

    @Override
    public IndividualPlan change(long planId, long version, IndividualPlanDraft draft, Long orderId) {
        throw Unexpected.call("change");
    }

    @Override
    public IndividualPlan agreeInChain(long planId, long version, LocalDate on) {
        throw Unexpected.call("agreeInChain");
    }

    /** The seed schools' chain: the director approves, open. */
    @Override
    public List<ApprovalStep> approvals(long planId) {
        return Data.directorApproves();
    }

    /** None recorded. */
    @Override
    public List<org.opora.programmes.api.plan.Consultation> consultations(long planId) {
        return List.of();
    }

    @Override
    public IndividualPlan addConsultation(long planId, long version,
            org.opora.programmes.api.plan.ConsultationDraft consultation) {
        throw Unexpected.call("addConsultation");
    }

    @Override
    public IndividualPlan removeConsultation(long planId, long version, long consultationId) {
        throw Unexpected.call("removeConsultation");
    }

    /** Nobody carries out the plans of the fake. */
    @Override
    public boolean mayCarryOut(long planId) {
        return false;
    }

    /** Whoever drafts plans keeps the plans of the fake. */
    @Override
    public boolean mayKeep(long planId) {
        return true;
    }

    /** Whoever coordinates agrees to the plans of the fake. */
    @Override
    public boolean mayAgree(long planId) {
        return true;
    }

    @Override
    public IndividualPlan start(long planId, long version, LocalDate on) {
        throw Unexpected.call("start");
    }

    @Override
    public IndividualPlan recordResults(long planId, long version, String results) {
        throw Unexpected.call("recordResults");
    }

    @Override
    public IndividualPlan close(long planId, long version, LocalDate on, String analysis) {
        throw Unexpected.call("close");
    }
}
