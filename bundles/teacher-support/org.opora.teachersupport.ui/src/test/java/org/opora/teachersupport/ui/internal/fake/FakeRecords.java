package org.opora.teachersupport.ui.internal.fake;

import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportQuery;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.record.SupportSummary;

/** A support service that fails the test on every call it does not override. */
public class FakeRecords implements SupportService {

    @Override
    public List<SupportSummary> find(SupportQuery query, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(SupportQuery query) {
        throw Unexpected.call("count");
    }

    @Override
    public List<SupportSummary> ofTeacher(long teacherId) {
        throw Unexpected.call("ofTeacher");
    }

    @Override
    public SupportRecord get(long recordId) {
        throw Unexpected.call("get");
    }

    @Override
    public boolean canRead(long recordId) {
        throw Unexpected.call("canRead");
    }

    @Override
    public SupportRecord open(SupportDraft draft) {
        throw Unexpected.call("open");
    }

    @Override
    public SupportRecord open(SupportDraft draft, List<ProblemDraft> problems) {
        throw Unexpected.call("open");
    }

    @Override
    public SupportRecord update(long recordId, long version, SupportDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public Problem addProblem(long recordId, ProblemDraft draft) {
        throw Unexpected.call("addProblem");
    }

    @Override
    public Problem updateProblem(long problemId, long version, ProblemDraft draft) {
        throw Unexpected.call("updateProblem");
    }

    @Override
    public void removeProblem(long problemId, long version) {
        throw Unexpected.call("removeProblem");
    }
}
