package org.opora.consilium.ui.internal.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * Records the consilium's view tests show, and the signed-in user with the permissions a test gives. The referral,
 * composition and card tests build their records with the factories of the first part; the meeting tests use meeting
 * 5/2026 of the second part, its officers and its pupils.
 */
public final class Data {

    // referrals, the composition and the pupil card's tab

    public static final LocalDate FILED_ON = LocalDate.of(2026, 10, 5);
    public static final ListItem ANXIETY = new ListItem("anxiety", "Anxiety");
    public static final ListItem CONFLICTS = new ListItem("conflicts", "Conflicts");

    // meetings: meeting 5/2026 on DAY, the staff who keep it and the pupils on its agenda

    public static final LocalDate DAY = LocalDate.of(2026, 10, 14);
    public static final ConsiliumSettings SETTINGS = new ConsiliumSettings("consilium", true, true, 5,
            List.of("psychologist", "social-pedagogue"), List.of(new ListItem("anxiety", "Anxiety")),
            List.of(new ListItem("mental-health-monitoring", "Mental health monitoring")),
            List.of(new ListItem("programme-open", "Open a programme"),
                    new ListItem("recommendations", "Recommendations"),
                    new ListItem("review-again", "Review again")));
    public static final List<AcademicYear> YEARS = List.of(new AcademicYear(2025), new AcademicYear(2026));
    public static final StaffMember CHAIR = officer(3, "Kuznetsov", "deputy", "deputy director");
    public static final StaffMember SECRETARY = officer(4, "Belov", "socped", "social pedagogue");
    public static final StaffMember PSYCHOLOGIST = officer(5, "Volkova", "psychologist", "educational psychologist");
    public static final List<StaffMember> STAFF = List.of(CHAIR, SECRETARY, PSYCHOLOGIST);
    public static final Pupil IVANOV = pupilOf(1, "Ivanov", "7B");
    public static final Pupil PETROV = pupilOf(2, "Petrov", "8A");
    public static final List<Pupil> PUPILS = List.of(IVANOV, PETROV);
    public static final Representative MOTHER = new Representative(41, "Ivanova Maria", "mother", "", "", 1);

    private Data() {
    }

    /** The settings: two signs, two decision types, an order required or not. */
    public static ConsiliumSettings settings(boolean orderRequired) {
        return new ConsiliumSettings("consilium", orderRequired, true, 5, List.of("psychologist"),
                List.of(ANXIETY, CONFLICTS), List.of(),
                List.of(new ListItem("recommendations", "Recommendations"), new ListItem("review-again", "Review")));
    }

    /** A pupil of 7B. */
    public static Pupil pupil(long id, String surname) {
        return new Pupil(id, new PersonName(surname, "Ivan", "Petrovich"), LocalDate.of(2013, 5, 1), Sex.MALE, 5L,
                "7B", 7L, "Morozova Anna", false, 1);
    }

    /** A psychologist. */
    public static StaffMember staff(long id, String surname) {
        return new StaffMember(id, new PersonName(surname, "Olga", "Petrovna"), "psychologist",
                List.of("psychologist"), surname.toLowerCase(Locale.ROOT), "", "", true, 1);
    }

    /** A referral by the teacher {@code teacher} about Ivanov, in the status, with or without the findings. */
    public static Referral referral(long id, ReferralStatus status, boolean findingsVisible) {
        boolean examined = status != ReferralStatus.FILED && status != ReferralStatus.WITHDRAWN;
        boolean onAgenda = status == ReferralStatus.SCHEDULED || status == ReferralStatus.DISCUSSED;
        return new Referral(id, 1, "Ivanov Ivan Petrovich", "7B", FILED_ON, "teacher", "Morozova Anna",
                FILED_ON.minusDays(1), List.of("anxiety"), "Cries in class", status, null, "", null, "",
                examined ? FILED_ON.plusDays(2) : null, findingsVisible && examined ? "Secret findings" : "",
                onAgenda ? 9L : null, onAgenda ? "3" : "", onAgenda ? FILED_ON.plusDays(10) : null, "",
                findingsVisible, 4);
    }

    /** A staff member of meeting 5/2026, without specialist types. */
    private static StaffMember officer(long id, String surname, String username, String position) {
        return new StaffMember(id, new PersonName(surname, "Olga", "Petrovna"), position, List.of(), username, "",
                "", true, 1);
    }

    /** A pupil on the agenda of meeting 5/2026. */
    private static Pupil pupilOf(long id, String surname, String className) {
        return new Pupil(id, new PersonName(surname, "Ivan", "Petrovich"), LocalDate.of(2013, 5, 1), Sex.MALE, 9L,
                className, 6L, "Morozova A. I.", false, 2);
    }

    /** Meeting no. 5/2026 in the given status, with one pupil on the agenda. */
    public static Meeting meeting(MeetingStatus status) {
        boolean finalised = status == MeetingStatus.FINALISED;
        return new Meeting(5, "5/2026", 5, 2026, MeetingKind.UNPLANNED, "", DAY, "14:30", "Room 12", 3L,
                CHAIR.name().full(), 4L, SECRETARY.name().full(), DAY.minusDays(1),
                finalised ? "Support is needed." : "", status, finalised ? Instant.parse("2026-10-14T12:00:00Z") : null,
                finalised ? "Belov O. P." : "", "", 1, 7);
    }

    /** Ivanov on the agenda of meeting 5, with his mother invited and the psychologist asked for a presentation. */
    public static AgendaItem item(Outcome outcome) {
        return new AgendaItem(11, 5, 1, IVANOV.id(), IVANOV.name().full(), "7B", IVANOV.birthDate(),
                AgendaReason.REFERRAL, 21L, "", "signs confirmed", outcome, "",
                List.of(new ParentInvitation(51, 11, MOTHER.id(), MOTHER.fullName(), "mother", DAY.minusDays(5),
                        Attendance.UNKNOWN)),
                List.of(new Presentation(31, 11, PSYCHOLOGIST.id(), PSYCHOLOGIST.name().full(), "psychologist", "",
                        null, 1)),
                3);
    }

    /** An outcome with a decision. */
    public static Outcome decided() {
        return new Outcome("Anxiety at school", "Reduce anxiety", "Consultations", "Supportive grandmother",
                List.of("recommendations"), "Recommendations given", "", "", "", null, null);
    }

    /** The staff member's membership of the consilium since a year before {@link #DAY}. */
    public static BodyMember member(long staffId, String role) {
        return new BodyMember(staffId * 10, "consilium", staffId, "", role, DAY.minusYears(1), null, null, "", null);
    }

    /** The signed-in user {@code login} holding exactly these permissions. */
    public static SecurityContext user(String login, String... permissions) {
        OporaUser user = new OporaUser(login, login, Set.of(), Set.of(permissions), Locale.ENGLISH);
        return () -> Optional.of(user);
    }
}
