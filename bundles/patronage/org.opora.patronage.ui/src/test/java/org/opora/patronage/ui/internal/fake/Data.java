package org.opora.patronage.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorKind;
import org.opora.patronage.api.work.Contact;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItem;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * Records the patronage view tests show: case 12 of the pupil Ivanov (category "deviant", opened 40 days ago by the
 * social pedagogue Belov) with the teacher Volkova as its internal curator, appointed by order 45-o; one plan row
 * for which the psychologist Orlova is responsible, overdue; and the signed-in user with the permissions a test
 * gives.
 */
public final class Data {

    public static final LocalDate OPENED = LocalDate.now().minusDays(40);
    public static final StaffMember CURATOR = staff(5, "Volkova", "curator", "teacher of mathematics");
    public static final StaffMember SOCPED = staff(4, "Belov", "socped", "social pedagogue");
    public static final StaffMember PSYCHOLOGIST = staff(6, "Orlova", "psychologist", "educational psychologist");
    public static final StaffMember TEACHER = staff(7, "Morozova", "teacher", "class teacher");
    public static final List<StaffMember> STAFF = List.of(CURATOR, SOCPED, PSYCHOLOGIST, TEACHER);
    public static final Pupil IVANOV = new Pupil(1, new PersonName("Ivanov", "Ivan", "Petrovich"),
            LocalDate.of(2012, 5, 1), Sex.MALE, 9L, "7B", 7L, "Morozova Olga Petrovna", false, 2);
    public static final Order ORDER = new Order(45, "45-o", OPENED.plusDays(1), "On curators", "", 1);

    private Data() {
    }

    /** Case 12 of Ivanov (version 3), open or closed, kept or worked on by the reader as said. */
    public static PatronageCase patronageCase(boolean open, boolean keepable, boolean workable) {
        return new PatronageCase(12, IVANOV.id(), IVANOV.name().full(), "7B", "Morozova Olga Petrovna", "deviant",
                "Truancy, conflicts", OPENED, SOCPED.name().full(), open ? null : LocalDate.now(),
                open ? "" : "Improved", List.of(CURATOR.name().full()), keepable && open, workable && open, 3);
    }

    /** Volkova's term on case 12 (version 2), serving since the order. */
    public static Curator curator() {
        return new Curator(21, 12, CuratorKind.INTERNAL, CURATOR.id(), CURATOR.name().full(), CURATOR.position(),
                ORDER.id(), ORDER.number(), ORDER.date(), ORDER.date(), null, "", null, "", 2);
    }

    /** An earlier external curator of case 12, replaced. */
    public static Curator formerCurator() {
        return new Curator(20, 12, CuratorKind.EXTERNAL, null, "Sidorov Petr", "Youth centre", null, "", null,
                OPENED, ORDER.date().minusDays(1), ORDER.number(), ORDER.date(), "replaced", 4);
    }

    /** Row 1 of the plan of case 12 (version 2): a talk by Orlova, past its period and not done. */
    public static WorkItem row() {
        return new WorkItem(31, 12, 1, "Talk about school", "individual talk", OPENED.plusDays(2),
                OPENED.plusDays(9), PSYCHOLOGIST.id(), PSYCHOLOGIST.name().full(), HelpKind.PSYCHOLOGICAL_PEDAGOGICAL,
                "Fewer absences", "", null, true, 2);
    }

    /** A contact with the mother, logged by the curator. */
    public static Contact contact() {
        return new Contact(41, 12, OPENED.plusDays(3), ContactParty.PARENTS, "Ivanova Maria", ContactForm.PHONE,
                "Discussed absences", "Meet at school", OPENED.plusDays(10), CURATOR.name().full(), 1);
    }

    /** Volkova's report 81 on case 12 (version 1) over the last month, on meeting 3 when {@code meetingId} is given. */
    public static CuratorReport report(Long meetingId, boolean discussed) {
        return new CuratorReport(81, 12, LocalDate.now().minusDays(30), LocalDate.now().minusDays(1),
                "Two talks, a home visit", "Fewer absences", "", "Involve the inspector", CURATOR.name().full(),
                LocalDate.now().minusDays(1), meetingId, meetingId == null ? "" : "3",
                meetingId == null ? null : LocalDate.now(), discussed, 1);
    }

    /** Meeting 3 of today (version 2) chaired by the director, case 12 on it with Volkova's report. */
    public static AdminMeeting meeting(boolean finalised, String decision) {
        MeetingItem item = new MeetingItem(91, 3, 1, 12, IVANOV.name().full(), "7B", CURATOR.name().full(),
                report(3L, finalised), decision, 4);
        return new AdminMeeting(3, "3", LocalDate.now(), "Khudyakov Oleg", "Belov, Volkova", List.of(item),
                finalised ? LocalDate.now() : null, 2);
    }

    /** A line of the list or the card: case {@code id} of Ivanov, readable or not. */
    public static CaseSummary summary(long id, boolean readable) {
        return new CaseSummary(id, IVANOV.id(), IVANOV.name().full(), "7B", "deviant", OPENED, null,
                List.of(CURATOR.name().full()), readable);
    }

    /** The signed-in user {@code login} holding exactly these permissions. */
    public static SecurityContext user(String login, String... permissions) {
        OporaUser user = new OporaUser(login, login, Set.of(), Set.of(permissions), Locale.ENGLISH);
        return () -> Optional.of(user);
    }

    /** The signed-in user {@code login} holding exactly these roles and permissions. */
    public static SecurityContext user(String login, Set<String> roles, String... permissions) {
        OporaUser user = new OporaUser(login, login, roles, Set.of(permissions), Locale.ENGLISH);
        return () -> Optional.of(user);
    }

    private static StaffMember staff(long id, String surname, String username, String position) {
        return new StaffMember(id, new PersonName(surname, "Olga", "Petrovna"), position, List.of(), username, "",
                "", true, 1);
    }
}
