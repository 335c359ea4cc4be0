package org.opora.teachersupport.api.diagnosis;

import java.time.LocalDate;
import java.util.List;

/**
 * A diagnosis entry to record or correct (regulation 004, section 4).
 *
 * @param source       what the diagnosis was made from: a configured source (4.2), required
 * @param date         the day, required, not in the future nor before the decision to support
 * @param conductedBy  the staff member who made it, required
 * @param findings     what was found, required
 * @param problemIds   the record's problems the findings concern; may be empty
 */
public record DiagnosisDraft(String source, LocalDate date, long conductedBy, String findings,
        List<Long> problemIds) {

    public DiagnosisDraft {
        source = source == null ? "" : source.strip();
        findings = findings == null ? "" : findings.strip();
        problemIds = problemIds == null ? List.of() : List.copyOf(problemIds);
    }
}
