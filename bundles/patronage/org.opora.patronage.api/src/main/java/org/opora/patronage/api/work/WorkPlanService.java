package org.opora.patronage.api.work;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The curator's work plan (003 section 3.3: the curator plans the work). The curators and the coordinator keep the
 * plan of an open case; the responsible staff member, a curator or the coordinator marks a row done with the actual
 * result. Everyone who may read the case reads its plan.
 */
@ProviderType
public interface WorkPlanService {

    /** The plan in order. */
    List<WorkItem> plan(long caseId);

    WorkItem add(long caseId, WorkItemDraft draft);

    /** Corrects a row not yet done. */
    WorkItem update(long itemId, long version, WorkItemDraft draft);

    /** Marks the row done on the day (not in the future) with the actual result (required). */
    WorkItem markDone(long itemId, long version, LocalDate on, String actualResult);

    /** Removes a row not yet done. */
    void remove(long itemId, long version);

    /** The rows past their period and not done that the user is responsible for or curates, across open cases. */
    List<OverdueWork> overdueFor(String username);
}
