package org.opora.patronage.api.report;

import java.time.LocalDate;

/**
 * A curator's report on the work done on a case over a period (003 section 3.3), and where it was discussed.
 *
 * @param id            record id
 * @param caseId        the case
 * @param from          the first day of the period reported on
 * @param to            the last day of the period
 * @param workDone      the work done
 * @param results       the results obtained
 * @param difficulties  the difficulties met, may be empty
 * @param proposals     the curator's proposals, may be empty
 * @param author        the curator who submitted it, by name
 * @param submittedOn   the day it was submitted
 * @param meetingId     the director's administrative meeting it is put on, or {@code null}
 * @param meetingNumber that meeting's number; empty without one
 * @param meetingDate   that meeting's day, or {@code null}
 * @param discussed     whether that meeting's minutes are finalised: the report was discussed and is read-only
 * @param version       optimistic-lock version
 */
public record CuratorReport(long id, long caseId, LocalDate from, LocalDate to, String workDone, String results,
        String difficulties, String proposals, String author, LocalDate submittedOn, Long meetingId,
        String meetingNumber, LocalDate meetingDate, boolean discussed, long version) {

    public CuratorReport {
        difficulties = difficulties == null ? "" : difficulties;
        proposals = proposals == null ? "" : proposals;
        meetingNumber = meetingNumber == null ? "" : meetingNumber;
    }
}
