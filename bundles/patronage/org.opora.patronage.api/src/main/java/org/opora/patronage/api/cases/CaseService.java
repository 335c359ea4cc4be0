package org.opora.patronage.api.cases;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Patronage cases (regulation 003). The coordinator and the holders of {@code patronage.read-all} see and keep every
 * case; curators, the micro-team and assigned specialists read the cases they work on; a class teacher with
 * {@code patronage.existence} sees only that a case exists and who its curator is. Every read of a case and every
 * refused attempt is journaled.
 */
@ProviderType
public interface CaseService {

    /** The cases the caller may see, newest first. */
    List<CaseSummary> find(CaseQuery query, int offset, int limit);

    int count(CaseQuery query);

    /** The pupil's cases, newest first: what a class teacher may see (existence and curators), for the pupil card. */
    List<CaseSummary> ofPupil(long pupilId);

    /** The case, if the caller may read it; the read is journaled, a refusal too. */
    PatronageCase get(long caseId);

    /** Whether the caller may read the case's content. */
    boolean canRead(long caseId);

    /**
     * Whether the caller keeps cases in general: opens them, and writes the year's schedule and its effective practice
     * — the coordinator (staff of the coordinating specialist type with {@code patronage.coordinate}) and the holders
     * of {@code patronage.coordinate} who also read every case. Another holder of {@code patronage.coordinate} is
     * refused these.
     *
     * @since 1.1
     */
    boolean mayOpen();

    /** Opens a case (the coordinator); a pupil has at most one open case. */
    PatronageCase open(CaseDraft draft);

    /** Corrects the category, the grounds or the opening day; the pupil stays. */
    PatronageCase update(long caseId, long version, CaseDraft draft);

    /** Closes the case with the day and the reason (required); the curators' terms end that day. */
    PatronageCase close(long caseId, long version, LocalDate on, String reason);

    /**
     * The pupils of a mandatory category (their flag is set today) without an open case; for the coordinator and
     * the holders of read-all, empty for anyone else.
     */
    List<PupilAtRisk> mandatoryWithoutCase();
}
