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
import org.opora.core.support.Objections;

/** The checks of a meeting's header and of a pupil's outcome; each failure names the draft's field. */
final class MeetingChecks {

    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

    private MeetingChecks() {
    }

    /**
     * The header with its texts stripped; a planned meeting names the monitoring survey that prompted it; the date
     * lies within the previous, the current or the next academic year of today (so that its numbering period and
     * its presentations' due day are real school days, never a year {@code AcademicYear} refuses); the chair and
     * the secretary named are on the staff register. Every objection at once, each on its field.
     */
    static MeetingDraft header(MeetingDraft d, ConsiliumLists lists, People people, LocalDate today) {
        FieldChecks.present("kind", d);
        Objections o = new Objections();
        o.check(() -> FieldChecks.present("kind", d.kind()));
        String monitoring = d.kind() != MeetingKind.PLANNED ? "" : o.value(() -> monitoring(d.monitoring(), lists));
        o.check(() -> FieldChecks.schoolYears("date", d.date(), today));
        String time = o.value(() -> time(d.time()));
        String place = o.value(() -> FieldChecks.required("place", d.place(), 300));
        if (d.chairId() != null) {
            o.check(() -> people.staff("chairId", d.chairId()));
        }
        if (d.secretaryId() != null) {
            o.check(() -> people.staff("secretaryId", d.secretaryId()));
        }
        o.refuseAny();
        return new MeetingDraft(d.kind(), monitoring, d.date(), time, place, d.chairId(), d.secretaryId());
    }

    private static String monitoring(String value, ConsiliumLists lists) {
        String monitoring = FieldChecks.required("monitoring", value, 40);
        if (!lists.contains(ConsiliumList.MONITORING_KINDS, monitoring)) {
            throw new ValidationException("monitoring", "consilium.error.notInList");
        }
        return monitoring;
    }

    private static String time(String value) {
        String time = FieldChecks.maxLength("time", value, 5);
        if (!time.isEmpty() && !TIME.matcher(time).matches()) {
            throw new ValidationException("time", "consilium.error.time");
        }
        return time;
    }

    /**
     * Checks an outcome as far as it can be recorded at any time (lengths, listed decisions, an existing curator,
     * a review after the meeting) and returns the curator's name; completeness is checked when finalising.
     */
    static String outcome(Outcome o, LocalDate meetingDate, ConsiliumLists lists, People people) {
        FieldChecks.present("decisions", o);
        // every objection at once, each on its field
        Objections x = new Objections();
        x.check(() -> FieldChecks.maxLength("problems", o.problems(), Checks.LONG_TEXT));
        x.check(() -> FieldChecks.maxLength("goal", o.goal(), Checks.LONG_TEXT));
        x.check(() -> FieldChecks.maxLength("tasks", o.tasks(), Checks.LONG_TEXT));
        x.check(() -> FieldChecks.maxLength("resources", o.resources(), Checks.LONG_TEXT));
        x.check(() -> decisions(o, lists));
        x.check(() -> FieldChecks.maxLength("decisionText", o.decisionText(), Checks.LONG_TEXT));
        x.check(() -> FieldChecks.maxLength("teacherRecommendations", o.teacherRecommendations(), Checks.LONG_TEXT));
        x.check(() -> FieldChecks.maxLength("parentRecommendations", o.parentRecommendations(), Checks.LONG_TEXT));
        x.check(() -> FieldChecks.maxLength("externalReferral", o.externalReferral(), Checks.LONG_TEXT));
        String curator = o.curatorId() == null ? ""
                : x.value(() -> people.staff("curatorId", o.curatorId()).name().full());
        x.check(() -> reviewBy(o.reviewBy(), meetingDate));
        x.refuseAny();
        return curator;
    }

    private static void decisions(Outcome o, ConsiliumLists lists) {
        for (String code : o.decisions()) {
            if (!lists.contains(ConsiliumList.DECISION_TYPES, code)) {
                throw new ValidationException("decisions", "consilium.error.notInList");
            }
        }
    }

    /** A review after the meeting and at the latest at the end of the academic year after the meeting's. */
    private static void reviewBy(LocalDate reviewBy, LocalDate meetingDate) {
        if (reviewBy == null) {
            return;
        }
        if (!reviewBy.isAfter(meetingDate)) {
            throw new ValidationException("reviewBy", "consilium.error.reviewBy", FieldChecks.day(meetingDate));
        }
        FieldChecks.within("reviewBy", reviewBy, meetingDate.plusDays(1), FieldChecks.lastSchoolDay(meetingDate));
    }

    /** The outcome with its texts stripped and decisions without repeats, as stored. */
    static Outcome clean(Outcome o) {
        return new Outcome(o.problems().strip(), o.goal().strip(), o.tasks().strip(), o.resources().strip(),
                o.decisions().stream().distinct().toList(), o.decisionText().strip(),
                o.teacherRecommendations().strip(), o.parentRecommendations().strip(), o.externalReferral().strip(),
                o.curatorId(), o.reviewBy());
    }
}
