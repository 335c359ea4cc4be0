package org.opora.teachersupport.api.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A teacher's support record as its readers see it: the opening record of regulation 004 (5.1) and where it stands.
 *
 * @param id            record id
 * @param teacherId     the supported teacher (core staff)
 * @param teacher       the teacher's full name
 * @param position      the teacher's position, may be empty
 * @param decidedOn     the day of the decision to support
 * @param leadId        the lead (core staff)
 * @param lead          the lead's name
 * @param participants  who takes part
 * @param problems      the identified problems, in their order
 * @param plannedForms  the planned forms of help (codes)
 * @param plannedNote   the planned help in words, may be empty
 * @param status        opened, in progress or concluded
 * @param concludedOn   the day the conclusion was signed, or {@code null}
 * @param previousId    the record this one continues as "another route" of its conclusion, or {@code null}
 * @param nextId        the record opened for another route by this one's conclusion, or {@code null}
 * @param openedBy      who opened the record
 * @param keepable      whether the caller may correct the opening record (the administration, the lead)
 * @param workable      whether the caller records diagnosis, route, help and evidence (keepers, participants)
 * @param concludable   whether the caller writes and signs the conclusion (the administration, the lead)
 * @param version       optimistic-lock version
 */
public record SupportRecord(long id, long teacherId, String teacher, String position, LocalDate decidedOn,
        long leadId, String lead, List<Participant> participants, List<Problem> problems, List<String> plannedForms,
        String plannedNote, SupportStatus status, LocalDate concludedOn, Long previousId, Long nextId,
        String openedBy, boolean keepable, boolean workable, boolean concludable, long version) {

    public SupportRecord {
        participants = List.copyOf(participants);
        problems = List.copyOf(problems);
        plannedForms = List.copyOf(plannedForms);
    }

    public boolean concluded() {
        return status == SupportStatus.CONCLUDED;
    }
}
