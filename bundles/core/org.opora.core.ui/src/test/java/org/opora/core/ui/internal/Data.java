package org.opora.core.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.School;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.Placement;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.testing.FakeSchool;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/** Records the tests show, and the signed-in user with the permissions a test gives. */
public final class Data {

    public static final AcademicYear YEAR = FakeSchool.YEAR;
    public static final School SCHOOL = FakeSchool.SCHOOL;
    public static final SchoolClass CLASS_7B = schoolClass(5, 7, "B");
    public static final SchoolClass CLASS_8A = schoolClass(6, 8, "A");

    private Data() {
    }

    public static SchoolClass schoolClass(long id, int grade, String letter) {
        return new SchoolClass(id, YEAR, grade, letter, 7L, "Petrova Anna Ivanovna", 20, 0);
    }

    public static Pupil pupil(long id, String surname, SchoolClass c) {
        return new Pupil(id, new PersonName(surname, "Ivan", "Petrovich"), LocalDate.of(2013, 5, 1), Sex.MALE,
                c.id(), c.name(), c.classTeacherId(), c.classTeacher(), false, 4);
    }

    public static Representative mother() {
        return new Representative(31, "Ivanova Maria", "mother", "+7 900 000-00-00", "maria@example.org", 2);
    }

    public static FlagPeriod ovz() {
        return new FlagPeriod(41, "ovz", LocalDate.of(2024, 9, 1), null, "PMPK 12", "psychologist", "");
    }

    public static PupilCard card(Pupil p, boolean editable) {
        return new PupilCard(p, List.of(mother()), List.of(ovz()),
                List.of(new Placement(YEAR, p.classId(), p.className())), null, "", editable);
    }

    public static StaffMember staff(long id, String surname) {
        return new StaffMember(id, new PersonName(surname, "Olga", "Petrovna"), "teacher", List.of("psychologist"),
                surname.toLowerCase(Locale.ROOT), "", "", true, 1);
    }

    /** The signed-in user holding exactly these permissions. */
    public static SecurityContext user(String... permissions) {
        OporaUser user = new OporaUser("tester", "Tester", Set.of(), Set.of(permissions), Locale.ENGLISH);
        return () -> Optional.of(user);
    }

    /** Reference lists with a few entries each. */
    public static ReferenceLists lists() {
        return (list, locale) -> switch (list) {
            case PUPIL_FLAGS -> List.of(new ListItem("ovz", "OVZ"), new ListItem("risk", "Risk group"));
            case RELATIONS -> List.of(new ListItem("mother", "Mother"), new ListItem("father", "Father"));
            case SPECIALIST_TYPES -> List.of(new ListItem("psychologist", "Psychologist"),
                    new ListItem("speech", "Speech therapist"));
            case BODIES -> List.of(new ListItem("ppk", "Consilium"));
            case BODY_ROLES -> List.of(new ListItem("chair", "Chair"), new ListItem("member", "Member"));
            case AGENCY_KINDS -> List.of(new ListItem("guardianship", "Guardianship"));
            case DOCUMENT_TYPES -> List.of(new ListItem("plan", "Annual plan"));
            case DIRECTIONS -> List.of(new ListItem("diagnostics", "Diagnostics"));
        };
    }
}
