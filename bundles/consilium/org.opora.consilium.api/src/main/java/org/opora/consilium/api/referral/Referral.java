package org.opora.consilium.api.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral about a pupil. Whoever may not see the examination's findings (the referring teacher) gets
 * {@code findingsVisible == false}: {@code findings} empty, {@code status} replaced by
 * {@link ReferralStatus#publicStatus()}.
 *
 * @param id              record id
 * @param pupilId         the pupil (core)
 * @param pupilName       the pupil's full name when filed
 * @param className       the pupil's class when filed, e.g. {@code 7A}
 * @param filedOn         day filed
 * @param filedBy         login of the teacher who filed it
 * @param filedByName     their name
 * @param observedOn      day the signs were noticed
 * @param signs           codes of the signs (configured list)
 * @param description     what the teacher saw
 * @param status          where it stands
 * @param acknowledgedOn  day the administration took note, or {@code null}
 * @param acknowledgedBy  name of who took note, empty before
 * @param examinerId      staff id of the psychologist assigned, or {@code null} for any examiner
 * @param examinerName    their name, empty without one
 * @param examinedOn      day of the additional examination, or {@code null}
 * @param findings        the examination's findings; empty when not examined or not visible
 * @param meetingId       the meeting the pupil was put on the agenda of, or {@code null}
 * @param meetingNumber   its number, empty without one
 * @param meetingDate     its day, or {@code null}
 * @param closingNote     reason of a withdrawal, empty otherwise
 * @param findingsVisible whether this copy carries the findings and the true status
 * @param version         for optimistic locking
 */
public record Referral(long id, long pupilId, String pupilName, String className, LocalDate filedOn, String filedBy,
        String filedByName, LocalDate observedOn, List<String> signs, String description, ReferralStatus status,
        LocalDate acknowledgedOn, String acknowledgedBy, Long examinerId, String examinerName, LocalDate examinedOn,
        String findings, Long meetingId, String meetingNumber, LocalDate meetingDate, String closingNote,
        boolean findingsVisible, long version) {

    public Referral {
        signs = List.copyOf(signs);
        description = description == null ? "" : description;
        acknowledgedBy = acknowledgedBy == null ? "" : acknowledgedBy;
        examinerName = examinerName == null ? "" : examinerName;
        findings = findings == null ? "" : findings;
        meetingNumber = meetingNumber == null ? "" : meetingNumber;
        closingNote = closingNote == null ? "" : closingNote;
    }
}
