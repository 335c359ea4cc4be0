package org.opora.programmes.ui.internal.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.Task;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * Records the programmes' view tests show: programme 12 of the pupil Ivanov with the psychologist Volkova as its
 * curator and the social pedagogue Belov responsible for one plan row, and the signed-in user with the permissions a
 * test gives.
 */
public final class Data {

    public static final LocalDate START = LocalDate.of(2026, 9, 15);
    public static final LocalDate END = LocalDate.of(2027, 3, 14);
    public static final StaffMember CURATOR = staff(5, "Volkova", "psychologist", "educational psychologist");
    public static final StaffMember SOCPED = staff(4, "Belov", "socped", "social pedagogue");
    public static final StaffMember TEACHER = staff(7, "Morozova", "teacher", "class teacher");
    public static final List<StaffMember> STAFF = List.of(CURATOR, SOCPED, TEACHER);
    public static final Pupil IVANOV = new Pupil(1, new PersonName("Ivanov", "Ivan", "Petrovich"),
            LocalDate.of(2013, 5, 1), Sex.MALE, 9L, "7B", 7L, "Morozova Anna", false, 2);
    public static final Representative MOTHER = new Representative(41, "Ivanova Maria", "mother", "", "", 1);
    public static final Task TASK = new Task(21, 1, "Reduce anxiety");

    private Data() {
    }

    /** Programme 12 (revision 1, version 3) of Ivanov in the state, curated by Volkova. */
    public static Programme programme(ProgrammeState state) {
        return new Programme(12, 1, null, IVANOV.id(), IVANOV.name().full(), IVANOV.birthDate(), "7B",
                "Morozova Anna", "Ivanova Maria", ProtocolCitation.typed("5/2026", START.minusDays(5)),
                "Anxiety at school", "High anxiety", "Stabilise the emotional state", List.of(TASK, new Task(22, 2,
                        "Involve the parents")), "psychologist, class teacher", "Draws well", "Grandmother",
                "Lower anxiety", "Anxiety test", START, END, List.of("psychological"), "standard", CURATOR.id(),
                CURATOR.name().full(), state, null, List.of(step("DRAFT", "psychologist")), 3);
    }

    /** Row 1 of programme 12: a consultation by Belov within the programme, not yet done. */
    public static PlanRow row() {
        return new PlanRow(31, 12, 1, "Consultation", "individual", TASK.id(), "pupil", "pupil, psychologist",
                SOCPED.id(), SOCPED.name().full(), START.plusDays(5), START.plusDays(30), "Calmer", "", false, null,
                "", "", "psychological", null, 2);
    }

    /** A line of the list or the card: programme {@code id} with or without its content. */
    public static ProgrammeSummary summary(long id, boolean contentVisible) {
        return new ProgrammeSummary(id, IVANOV.id(), IVANOV.name().full(), "7B", ProgrammeState.IN_PROGRESS, START,
                END, CURATOR.name().full(), contentVisible ? 1 : 0, contentVisible);
    }

    /** Plan 8 of Ivanov, consented, with one lesson chosen; agreed by the coordinator or not. */
    public static IndividualPlan plan(boolean agreed) {
        return new IndividualPlan(8, IVANOV.id(), IVANOV.name().full(), "7B", 7, "ovz",
                step("INFORMED", "psychologist"), List.of(new PlanChoice(1, "lesson", "Extra Russian", 2, "")), 30,
                START, END, 3L, "Kuznetsov", agreed ? step("AGREED", "deputy") : null, START.plusDays(20), 45L, "45",
                ProgrammeState.CONSENT_GIVEN, List.of(step("DRAFT", "psychologist")), 4);
    }

    /** Plan 8 of Ivanov (version 4) drafted by the psychologist in the state, coordinated by Volkova. */
    public static IndividualPlan plan(ProgrammeState state) {
        return new IndividualPlan(8, IVANOV.id(), IVANOV.name().full(), "7B", 7, "ovz",
                step("INFORMED", "psychologist"), List.of(new PlanChoice(1, "lesson", "Extra Russian", 2, "")), 30,
                START, END, CURATOR.id(), CURATOR.name().full(), null, null, null, "", state,
                List.of(step("INFORMED", "psychologist"), step("DRAFT", "psychologist")), 4);
    }

    /** Plan 9 of Ivanov (version 1) opened by informing the parents and not drafted yet. */
    public static IndividualPlan informed() {
        return new IndividualPlan(9, IVANOV.id(), IVANOV.name().full(), "7B", 7, null,
                step("INFORMED", "psychologist"), List.of(), 0, null, null, null, "", null, null, null, "",
                ProgrammeState.DRAFT, List.of(step("INFORMED", "psychologist")), 1);
    }

    public static Step step(String kind, String by) {
        return new Step(kind, START.minusDays(3), by, by, Instant.parse("2026-09-12T09:00:00Z"), "", "", null);
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

    /** The seed schools' approval chain, not yet taken: the role {@code director} approves. */
    public static List<ApprovalStep> directorApproves() {
        return List.of(ApprovalStep.open(new ChainStep(ChainStep.Kind.APPROVE, "director", ""), "Director",
                List.of("Orlova Irina")));
    }

    private static StaffMember staff(long id, String surname, String username, String position) {
        return new StaffMember(id, new PersonName(surname, "Olga", "Petrovna"), position, List.of(), username, "",
                "", true, 1);
    }
}
