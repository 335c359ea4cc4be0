package org.opora.teachersupport.api.help;

import java.time.LocalDate;

import org.opora.core.api.document.Attachment;

/**
 * Evidence collected during the support to record (regulation 004, 5.2).
 *
 * @param kind        a configured kind (analysis of pupils' work before and after, of tests, of the teacher's
 *                    materials, questionnaire results, feedback of pupils, class teachers, parents …), required
 * @param stage       before, during or after the support, required
 * @param date        the day, required, not in the future
 * @param description what it shows, required
 * @param file        the file (the analysis, the questionnaire's results), or {@code null}; at most the size the
 *                    settings allow
 */
public record EvidenceDraft(String kind, EvidenceStage stage, LocalDate date, String description, Attachment file) {

    public EvidenceDraft {
        kind = kind == null ? "" : kind.strip();
        description = description == null ? "" : description.strip();
    }
}
