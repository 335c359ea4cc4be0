package org.opora.consilium.impl.internal.meeting;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.impl.internal.config.ConsiliumList;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;

/** The checks of a meeting's header and of a pupil's outcome; each failure names the draft's field. */
final class MeetingChecks {

    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

    private MeetingChecks() {
    }

    /**
     * The header with its texts stripped; a planned meeting names the monitoring survey that prompted it; the date
     * lies within the previous, the current or the next academic year of today (so that its numbering period and
     * its presentations' due day are real school days, never a year {@code AcademicYear} refuses).
     */
    static MeetingDraft header(MeetingDraft d, ConsiliumLists lists, LocalDate today) {
        FieldChecks.present("kind", d);
        FieldChecks.present("kind", d.kind());
        FieldChecks.schoolYears("date", d.date(), today);
        String monitoring = "";
        if (d.kind() == MeetingKind.PLANNED) {
            monitoring = FieldChecks.required("monitoring", d.monitoring(), 40);
            if (!lists.contains(ConsiliumList.MONITORING_KINDS, monitoring)) {
                throw new ValidationException("monitoring", "consilium.error.notInList");
            }
        }
        String time = FieldChecks.maxLength("time", d.time(), 5);
        if (!time.isEmpty() && !TIME.matcher(time).matches()) {
            throw new ValidationException("time", "consilium.error.time");
        }
        String place = FieldChecks.required("place", d.place(), 300);
        return new MeetingDraft(d.kind(), monitoring, d.date(), time, place, d.chairId(), d.secretaryId());
    }

    /**
     * Checks an outcome as far as it can be recorded at any time (lengths, listed decisions, an existing curator,
     * a review after the meeting) and returns the curator's name; completeness is checked when finalising.
     */
    static String outcome(Outcome o, LocalDate meetingDate, ConsiliumLists lists, People people) {
        FieldChecks.present("decisions", o);
        FieldChecks.maxLength("problems", o.problems(), Checks.LONG_TEXT);
        FieldChecks.maxLength("goal", o.goal(), Checks.LONG_TEXT);
        FieldChecks.maxLength("tasks", o.tasks(), Checks.LONG_TEXT);
        FieldChecks.maxLength("resources", o.resources(), Checks.LONG_TEXT);
        FieldChecks.maxLength("decisionText", o.decisionText(), Checks.LONG_TEXT);
        FieldChecks.maxLength("teacherRecommendations", o.teacherRecommendations(), Checks.LONG_TEXT);
        FieldChecks.maxLength("parentRecommendations", o.parentRecommendations(), Checks.LONG_TEXT);
        FieldChecks.maxLength("externalReferral", o.externalReferral(), Checks.LONG_TEXT);
        for (String code : o.decisions()) {
            if (!lists.contains(ConsiliumList.DECISION_TYPES, code)) {
                throw new ValidationException("decisions", "consilium.error.notInList");
            }
        }
        if (o.reviewBy() != null && !o.reviewBy().isAfter(meetingDate)) {
            throw new ValidationException("reviewBy", "consilium.error.reviewBy");
        }
        if (o.reviewBy() != null) {
            FieldChecks.within("reviewBy", o.reviewBy(), meetingDate.plusDays(1), FieldChecks.lastSchoolDay(meetingDate));
        }
        return o.curatorId() == null ? "" : people.staff("curatorId", o.curatorId()).name().full();
    }

    /** The outcome with its texts stripped and decisions without repeats, as stored. */
    static Outcome clean(Outcome o) {
        return new Outcome(o.problems().strip(), o.goal().strip(), o.tasks().strip(), o.resources().strip(),
                o.decisions().stream().distinct().toList(), o.decisionText().strip(),
                o.teacherRecommendations().strip(), o.parentRecommendations().strip(), o.externalReferral().strip(),
                o.curatorId(), o.reviewBy());
    }
}
