package org.opora.teachersupport.api.record;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The support records of teachers (regulation 004, 5.1). The administration (holders of
 * {@code teachersupport.manage}) opens them and names the lead and the participants; the lead corrects the opening
 * record and its problems; the lead, the participants, the administration and the holders of
 * {@code teachersupport.read-all} read them, the supported teacher too when the settings say so. Every read and every
 * refused attempt is journaled; a concluded record is read-only.
 */
@ProviderType
public interface SupportService {

    /** The records the caller may read, newest decision first. */
    List<SupportSummary> find(SupportQuery query, int offset, int limit);

    int count(SupportQuery query);

    /** The teacher's records the caller may read, newest first: the staff card's tab. */
    List<SupportSummary> ofTeacher(long teacherId);

    /** The record, if the caller may read it; the read is journaled, a refusal too. */
    SupportRecord get(long recordId);

    /** Whether the caller may read the record. */
    boolean canRead(long recordId);

    /** Opens a record (the administration); a teacher has at most one record not concluded. */
    SupportRecord open(SupportDraft draft);

    /**
     * Opens a record with the problems identified (5.1), all in one transaction: the opening data and every problem
     * are checked first and refused with every objection at once — a problem's on {@code problems.<n>.difficultyType}
     * or {@code problems.<n>.description}, counting the problems from 0 — so that no record is opened without the
     * problems written with it.
     *
     * @since 1.1
     */
    SupportRecord open(SupportDraft draft, List<ProblemDraft> problems);

    /** Corrects the opening record; the teacher stays. */
    SupportRecord update(long recordId, long version, SupportDraft draft);

    /** Adds an identified problem at the end of the record's list. */
    Problem addProblem(long recordId, ProblemDraft draft);

    /** Corrects a problem. */
    Problem updateProblem(long problemId, long version, ProblemDraft draft);

    /** Removes a problem no diagnosis entry concerns yet. */
    void removeProblem(long problemId, long version);
}
