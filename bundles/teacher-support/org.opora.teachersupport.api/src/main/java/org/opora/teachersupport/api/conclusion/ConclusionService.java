package org.opora.teachersupport.api.conclusion;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The general conclusion on the results of the support (regulation 004, 5.3 and 5.4): written by the lead or the
 * administration while the record is in progress, signed by them when every problem has its state before and after
 * and every item is answered; signing concludes the record, and a conclusion that the teacher needs another
 * individual route opens a new record for the teacher linked to this one. Read by the record's readers (journaled).
 */
@ProviderType
public interface ConclusionService {

    /** The conclusion as written so far, with a row for every problem. */
    Conclusion conclusion(long recordId);

    /** Writes the row of one problem. */
    ProblemOutcome saveOutcome(long problemId, long version, OutcomeDraft draft);

    /** Writes the answers; {@code version} is the record's. */
    Conclusion save(long recordId, long version, ConclusionDraft draft);

    /**
     * Signs the conclusion on the day and concludes the record; refused with the first thing missing while the
     * conclusion is incomplete.
     */
    Conclusion sign(long recordId, long version, LocalDate signedOn);
}
