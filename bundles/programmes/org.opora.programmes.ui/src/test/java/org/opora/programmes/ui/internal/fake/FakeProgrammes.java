package org.opora.programmes.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.SupportPlanService;

/** The three programme services in one object that fails the test on every call it does not override. */
public class FakeProgrammes implements ProgrammeService, ProgrammeLifecycle, SupportPlanService {

    @Override
    public List<ProgrammeSummary> find(ProgrammeQuery query, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(ProgrammeQuery query) {
        throw Unexpected.call("count");
    }

    @Override
    public List<ProgrammeSummary> ofPupil(long pupilId) {
        throw Unexpected.call("ofPupil");
    }

    @Override
    public Programme get(long programmeId) {
        throw Unexpected.call("get");
    }

    @Override
    public boolean canRead(long programmeId) {
        throw Unexpected.call("canRead");
    }

    @Override
    public Programme create(ProgrammeDraft draft) {
        throw Unexpected.call("create");
    }

    @Override
    public Programme update(long programmeId, long version, ProgrammeDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public Programme discussedWithParents(long programmeId, long version, LocalDate on) {
        throw Unexpected.call("discussedWithParents");
    }

    @Override
    public Programme discussedWithParents(long programmeId, long version, LocalDate on, String proposals) {
        throw Unexpected.call("discussedWithParents");
    }

    @Override
    public Programme recordConsent(long programmeId, long version, Consent consent) {
        throw Unexpected.call("recordConsent");
    }

    @Override
    public Programme approve(long programmeId, long version, LocalDate on) {
        throw Unexpected.call("approve");
    }

    @Override
    public Programme start(long programmeId, long version, LocalDate on) {
        throw Unexpected.call("start");
    }

    @Override
    public Programme toReview(long programmeId, long version, LocalDate on) {
        throw Unexpected.call("toReview");
    }

    @Override
    public Programme close(long programmeId, long version, ProtocolCitation decision, String result) {
        throw Unexpected.call("close");
    }

    @Override
    public Programme extend(long programmeId, long version, ProtocolCitation decision, LocalDate newEnd) {
        throw Unexpected.call("extend");
    }

    @Override
    public Programme change(long programmeId, long version, ProgrammeDraft draft, String curatorAgreement) {
        throw Unexpected.call("change");
    }

    @Override
    public Programme appointCurator(long programmeId, long version, long curatorId) {
        throw Unexpected.call("appointCurator");
    }

    /** Whoever the test signs in may set the curator, as before the chair's appointment, unless overridden. */
    @Override
    public boolean mayAppointCurator(long programmeId) {
        return true;
    }

    @Override
    public List<Programme> revisions(long programmeId) {
        throw Unexpected.call("revisions");
    }

    @Override
    public List<PlanRow> plan(long programmeId) {
        throw Unexpected.call("plan");
    }

    @Override
    public PlanRow addRow(long programmeId, PlanRowDraft draft) {
        throw Unexpected.call("addRow");
    }

    @Override
    public PlanRow updateRow(long rowId, long version, PlanRowDraft draft) {
        throw Unexpected.call("updateRow");
    }

    @Override
    public List<PlanRow> moveRow(long rowId, int position) {
        throw Unexpected.call("moveRow");
    }

    @Override
    public void removeRow(long rowId) {
        throw Unexpected.call("removeRow");
    }

    @Override
    public PlanRow markDone(long rowId, long version, LocalDate on, String actualResult, String recommendations) {
        throw Unexpected.call("markDone");
    }

    @Override
    public List<Observation> observations(long programmeId) {
        throw Unexpected.call("observations");
    }

    @Override
    public Observation observe(long programmeId, LocalDate on, String text) {
        throw Unexpected.call("observe");
    }

    @Override
    public List<ProgrammeSummary> dueForReview(LocalDate day) {
        throw Unexpected.call("dueForReview");
    }

    @Override
    public Programme reviewDecided(long programmeId, ProtocolCitation protocol, String decision, String text) {
        throw Unexpected.call("reviewDecided");
    }

    @Override
    public Programme agree(long programmeId, long version, LocalDate on) {
        throw Unexpected.call("agree");
    }

    /** The seed schools' chain: the director approves, open. */
    @Override
    public List<ApprovalStep> approvals(long programmeId) {
        return Data.directorApproves();
    }

    @Override
    public Programme requestMeeting(long programmeId, long version, String reason) {
        throw Unexpected.call("requestMeeting");
    }

    @Override
    public List<org.opora.programmes.api.programme.MeetingRequest> meetingRequests() {
        return List.of();
    }

    @Override
    public void meetingHeld(long programmeId, ProtocolCitation protocol) {
        throw Unexpected.call("meetingHeld");
    }
}
