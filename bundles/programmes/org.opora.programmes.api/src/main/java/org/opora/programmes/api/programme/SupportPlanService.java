package org.opora.programmes.api.programme;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How support is carried out: the plan of activities (the seven columns of the 002 form) and the curator's
 * observations of the pupil's state. Reading them needs to read the programme ({@link ProgrammeService}) and is
 * audited. Rows are written, moved and removed by the programme's curator and whoever drafted it while its content
 * may change; a row serves a task of the programme and lies within its period. A row is marked done by its
 * responsible specialist or the curator while support is carried out or reviewed; observations are the curator's
 * while the revision is not finished.
 */
@ProviderType
public interface SupportPlanService {

    /** The programme's plan rows in their order; the read is audited. */
    List<PlanRow> plan(long programmeId);

    /** Adds a row at the end of the plan. */
    PlanRow addRow(long programmeId, PlanRowDraft draft);

    /**
     * Saves a row.
     *
     * @throws org.opora.core.api.ConflictException when somebody saved it since {@code version}
     */
    PlanRow updateRow(long rowId, long version, PlanRowDraft draft);

    /** Moves a row to a 1-based position; returns the plan in its new order. */
    List<PlanRow> moveRow(long rowId, int position);

    /** Removes a row; the rows after it move up. */
    void removeRow(long rowId);

    /** The responsible specialist (or the curator) marks the row done with the actual result. */
    PlanRow markDone(long rowId, long version, LocalDate on, String actualResult, String recommendations);

    /** The curator's observations of the programme, oldest first; the read is audited. */
    List<Observation> observations(long programmeId);

    /** The curator records the pupil's state. */
    Observation observe(long programmeId, LocalDate on, String text);
}
