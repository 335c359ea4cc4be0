package org.opora.teachersupport.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.ConclusionService;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;

/** A conclusion service showing the draft of {@link Data#conclusion} that fails the test on every other call. */
public class FakeConclusion implements ConclusionService {

    @Override
    public Conclusion conclusion(long recordId) {
        return Data.conclusion(null, null);
    }

    @Override
    public ProblemOutcome saveOutcome(long problemId, long version, OutcomeDraft draft) {
        throw Unexpected.call("saveOutcome");
    }

    @Override
    public Conclusion save(long recordId, long version, ConclusionDraft draft) {
        throw Unexpected.call("save");
    }

    @Override
    public Conclusion sign(long recordId, long version, LocalDate signedOn) {
        throw Unexpected.call("sign");
    }

    @Override
    public ApprovalStep approval(long recordId) {
        return ApprovalStep.open(new ChainStep(ChainStep.Kind.APPROVE, "deputy", ""), "Deputy director",
                List.of("Kuznetsov"));
    }

    @Override
    public ApprovalStep approve(long recordId, long version, LocalDate approvedOn) {
        throw Unexpected.call("approve");
    }

    @Override
    public List<Conclusion> awaitingApproval() {
        throw Unexpected.call("awaitingApproval");
    }
}
