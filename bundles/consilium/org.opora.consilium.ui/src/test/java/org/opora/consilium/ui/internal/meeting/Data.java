package org.opora.consilium.ui.internal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opora.consilium.api.ConsiliumPermissions;
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
import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/** Records the meeting tests show, and the signed-in user of a test. */
public final class Data {

    public static final LocalDate DAY = LocalDate.of(2026, 10, 14);
    public static final ConsiliumSettings SETTINGS = new ConsiliumSettings("consilium", true, true, 5,
            List.of("psychologist", "social-pedagogue"), List.of(new ListItem("anxiety", "Anxiety")),
            List.of(new ListItem("mental-health-monitoring", "Mental health monitoring")),
            List.of(new ListItem("programme-open", "Open a programme"),
                    new ListItem("recommendations", "Recommendations"),
                    new ListItem("review-again", "Review again")));
    public static final StaffMember CHAIR = staff(3, "Kuznetsov", "deputy", "deputy director");
    public static final StaffMember SECRETARY = staff(4, "Belov", "socped", "social pedagogue");
    public static final StaffMember PSYCHOLOGIST = staff(5, "Volkova", "psychologist", "educational psychologist");
    public static final List<StaffMember> STAFF = List.of(CHAIR, SECRETARY, PSYCHOLOGIST);
    public static final Pupil IVANOV = pupil(1, "Ivanov", "7B");
    public static final Pupil PETROV = pupil(2, "Petrov", "8A");
    public static final List<Pupil> PUPILS = List.of(IVANOV, PETROV);
    public static final Representative MOTHER = new Representative(41, "Ivanova Maria", "mother", "", "", 1);

    private Data() {
    }

    static StaffMember staff(long id, String surname, String username, String position) {
        return new StaffMember(id, new PersonName(surname, "Olga", "Petrovna"), position, List.of(), username, "",
                "", true, 1);
    }

    static Pupil pupil(long id, String surname, String className) {
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

    public static BodyMember member(long staffId, String role) {
        return new BodyMember(staffId * 10, "consilium", staffId, "", role, DAY.minusYears(1), null, null, "", null);
    }

    /** The signed-in user with the login and the permissions. */
    public static SecurityContext user(String username, String... permissions) {
        Set<String> granted = new java.util.HashSet<>(Set.of(permissions));
        granted.add(ConsiliumPermissions.ACCESS);
        OporaUser user = new OporaUser(username, username, Set.of(), granted, Locale.ENGLISH);
        return () -> Optional.of(user);
    }
}
