package org.opora.teachersupport.api.record;

import java.time.LocalDate;
import java.util.List;

/**
 * The opening data of a support record (regulation 004, 5.1) to open or correct.
 *
 * @param teacherId      the supported teacher (the core's staff), required; fixed once the record is opened
 * @param decidedOn      the day the decision to support was taken, required,
 *                       not in the future
 * @param leadId         who leads the support: a staff member of a
 *                       configured lead type, required, not the teacher
 * @param participantIds who takes part in organising it; may be empty, not the teacher
 * @param plannedForms   the planned forms of help: codes of the configured
 *                       forms, at least one
 * @param plannedNote    the planned help in the lead's words, may be empty
 */
public record SupportDraft(long teacherId, LocalDate decidedOn, long leadId, List<Long> participantIds,
        List<String> plannedForms, String plannedNote) {

    public SupportDraft {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        plannedForms = plannedForms == null ? List.of() : List.copyOf(plannedForms);
        plannedNote = plannedNote == null ? "" : plannedNote.strip();
    }
}
