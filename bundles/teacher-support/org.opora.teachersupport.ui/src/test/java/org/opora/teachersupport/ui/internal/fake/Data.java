package org.opora.teachersupport.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.record.Participant;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.record.SupportSummary;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointState;
import org.opora.teachersupport.api.route.Route;
import org.opora.teachersupport.api.route.RouteFocus;
import org.opora.teachersupport.api.route.RoutePlace;

/**
 * Records the teacher-support view tests show: record 12 of the teacher Sokolova (decided 30 days ago, led by the
 * deputy Kuznetsov, the psychologist Orlova taking part) with a methodological and an organisational problem; a
 * route with one overdue checkpoint; a conclusion whose second row lacks its state after; the signed-in user with the
 * permissions a test gives.
 */
public final class Data {

    public static final LocalDate DECIDED = LocalDate.now().minusDays(30);
    public static final StaffMember TEACHER = staff(7, "Sokolova", "", "teacher of physics");
    public static final StaffMember DEPUTY = staff(2, "Kuznetsov", "deputy", "deputy director");
    public static final StaffMember PSYCHOLOGIST = staff(6, "Orlova", "psychologist", "educational psychologist");
    public static final List<StaffMember> STAFF = List.of(TEACHER, DEPUTY, PSYCHOLOGIST);

    private Data() {
    }

    public static SecurityContext user(String login, String... permissions) {
        OporaUser user = new OporaUser(login, login, Set.of(), Set.of(permissions), Locale.ENGLISH);
        return () -> Optional.of(user);
    }

    public static StaffMember staff(long id, String surname, String username, String position) {
        return new StaffMember(id, new PersonName(surname, "Olga", "Petrovna"), position, List.of(), username, "",
                "", true, 1);
    }

    public static List<Problem> problems() {
        return List.of(new Problem(31, 12, 1, "methodological", "Lesson objectives unclear", 2),
                new Problem(32, 12, 2, "organisational", "Classroom discipline", 1));
    }

    /** Record 12 (version 5), in progress or concluded; kept, worked on and concluded by the reader as said. */
    public static SupportRecord record(SupportStatus status, boolean keepable, boolean workable, boolean concludable) {
        return new SupportRecord(12, TEACHER.id(), TEACHER.name().full(), TEACHER.position(), DECIDED, DEPUTY.id(),
                DEPUTY.name().full(), List.of(new Participant(PSYCHOLOGIST.id(), PSYCHOLOGIST.name().full())),
                problems(), List.of("lesson-visit", "consultation"), "Visits every month", status,
                status == SupportStatus.CONCLUDED ? LocalDate.now() : null, null, null, "deputy", keepable, workable,
                concludable, 5);
    }

    public static SupportSummary summary(long id, SupportStatus status) {
        return new SupportSummary(id, TEACHER.id(), TEACHER.name().full(), DECIDED, DEPUTY.name().full(), status,
                null, 2);
    }

    public static Route route() {
        return new Route(12, RouteFocus.PRACTICAL, RoutePlace.INSIDE_SCHOOL, "Five years at the school",
                DECIDED.plusDays(1), DECIDED.plusDays(120), 5);
    }

    public static Checkpoint overdueCheckpoint() {
        return new Checkpoint(41, 12, "open-lesson", "Open lesson in 8A", LocalDate.now().minusDays(2), null, "", "",
                CheckpointState.OVERDUE, 1);
    }

    /** The conclusion of record 12: row 1 complete, row 2 without its state after; nothing answered yet. */
    public static Conclusion conclusion(LocalDate signedOn, Long nextRecordId) {
        List<ProblemOutcome> rows = List.of(
                new ProblemOutcome(31, 1, "methodological", "Lesson objectives unclear", "Vague", "Clear",
                        "Lesson analysis", "Removed", 2),
                new ProblemOutcome(32, 2, "organisational", "Classroom discipline", "Noisy", "", "", "", 1));
        return new Conclusion(12, TEACHER.name().full(), DEPUTY.name().full(), rows, null, null, "", "", Set.of(), "",
                "", "", signedOn, signedOn == null ? "" : DEPUTY.name().full(), nextRecordId,
                signedOn == null ? List.of("teachersupport.rule.outcomeMissing", "teachersupport.rule.verdictMissing")
                        : List.of(), 5);
    }

    /** An empty summary of a year but one teacher of each difficulty type counted in the map. */
    public static Map<String, Integer> difficulties() {
        return Map.of("methodological", 3, "organisational", 1);
    }
}
