package org.opora.teachersupport.api.conclusion;

import java.time.LocalDate;
import java.util.List;

import org.opora.platform.api.approval.ApprovalStep;

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

    /**
     * Who approves the conclusion (the school's chain {@code conclusionApprovalChain}, by default the deputy director):
     * taken — who approved, in which position, on which day — or open, with the position and the people holding the
     * role today. Read by the record's readers and the role's holders once the conclusion is signed. Added in 1.1.
     */
    ApprovalStep approval(long recordId);

    /**
     * Approves the signed conclusion on the day (not before it was signed, not in the future): only a holder of the
     * chain's approving role, once. Journaled with the record. Added in 1.1.
     *
     * @throws org.opora.platform.api.security.AccessDeniedException {@code role <name>} for anyone else
     * @throws org.opora.core.api.ValidationException {@code teachersupport.error.notSigned},
     *                                                {@code teachersupport.error.approved}, a day out of range
     */
    ApprovalStep approve(long recordId, long version, LocalDate approvedOn);

    /** The records whose signed conclusion awaits the caller's approval (for "My duties"), oldest first. Added in 1.1. */
    List<Conclusion> awaitingApproval();
}
