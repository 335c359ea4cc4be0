package org.opora.teachersupport.ui.internal.fake;

import java.time.LocalDate;

import org.opora.core.ui.testing.Unexpected;
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
}
