package org.opora.patronage.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.patronage.api.work.OverdueWork;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.api.work.WorkPlanService;

/** A work plan service that fails the test on every call it does not override. */
public class FakePlan implements WorkPlanService {

    @Override
    public List<WorkItem> plan(long caseId) {
        throw Unexpected.call("plan");
    }

    @Override
    public WorkItem add(long caseId, WorkItemDraft draft) {
        throw Unexpected.call("add");
    }

    @Override
    public WorkItem update(long itemId, long version, WorkItemDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public WorkItem markDone(long itemId, long version, LocalDate on, String actualResult) {
        throw Unexpected.call("markDone");
    }

    @Override
    public void remove(long itemId, long version) {
        throw Unexpected.call("remove");
    }

    @Override
    public List<OverdueWork> overdueFor(String username) {
        throw Unexpected.call("overdueFor");
    }
}
