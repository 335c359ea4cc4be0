package org.opora.patronage.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.api.team.CuratorService;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;

/** A curator service that fails the test on every call it does not override. */
public class FakeCurators implements CuratorService {

    @Override
    public List<Curator> curators(long caseId) {
        throw Unexpected.call("curators");
    }

    @Override
    public Curator appoint(long caseId, CuratorDraft draft) {
        throw Unexpected.call("appoint");
    }

    @Override
    public Curator replace(long curatorId, long version, CuratorDraft successor) {
        throw Unexpected.call("replace");
    }

    @Override
    public Curator release(long curatorId, long version, Long orderId, LocalDate on) {
        throw Unexpected.call("release");
    }

    /** The seed schools' chain: the director signs the curators' orders. */
    @Override
    public ApprovalStep appointer(long caseId) {
        return ApprovalStep.open(new ChainStep(ChainStep.Kind.APPROVE, "director", ""), "Director",
                List.of("Khudyakov Oleg"));
    }
}
