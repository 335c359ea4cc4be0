package org.opora.teachersupport.api.diagnosis;

import java.time.LocalDate;
import java.util.List;

/**
 * A diagnosis entry of a support record.
 *
 * @param id            record id
 * @param recordId      the support record
 * @param source        the source (a code of the settings' list)
 * @param date          the day
 * @param conductedById who made it (core staff)
 * @param conductedBy   their name as recorded
 * @param findings      what was found
 * @param problemIds    the problems the findings concern
 * @param version       optimistic-lock version
 */
public record DiagnosisEntry(long id, long recordId, String source, LocalDate date, long conductedById,
        String conductedBy, String findings, List<Long> problemIds, long version) {

    public DiagnosisEntry {
        problemIds = List.copyOf(problemIds);
    }
}
