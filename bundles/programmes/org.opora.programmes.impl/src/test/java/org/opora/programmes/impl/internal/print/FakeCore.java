package org.opora.programmes.impl.internal.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.PersonName;
import org.opora.core.api.SchoolService;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.AccessDeniedException;

/**
 * The core as the forms read it: the school with its director, the staff (the director's record), and the
 * consilium's members as its officers tell the chair. Reading staff or the consilium's composition may be refused,
 * as to a user without {@code core.staff.read}.
 */
final class FakeCore {

    static final String SCHOOL = "School No. 59";
    static final String DIRECTOR = "Smirnova Elena Viktorovna";
    static final long DIRECTOR_ID = 1;
    static final String CHAIR = "Kuznetsov Andrey Petrovich";

    /** The director's name on the school record; empty to make the forms look in the staff. */
    String directorOnSchool = DIRECTOR;
    boolean staffDenied;
    boolean structureDenied;
    final List<BodyMember> consilium = new ArrayList<>(List.of(
            new BodyMember(1, "consilium", 3, "Belov Sergey Nikolaevich", "secretary", LocalDate.of(2020, 9, 1), null,
                    null, "", null),
            new BodyMember(2, "consilium", 2, CHAIR, "chair", LocalDate.of(2020, 9, 1), null, null, "", null)));

    Signatories signatories() {
        return new Signatories(new SchoolRecord(), new Staff(), this::consiliumChair);
    }

    private final class SchoolRecord implements SchoolService {

        @Override
        public org.opora.core.api.School school() {
            return new org.opora.core.api.School(SCHOOL, "59", "", DIRECTOR_ID, directorOnSchool,
                    new AcademicYear(2026), 1);
        }

        @Override
        public org.opora.core.api.School update(String name, String number, String address, Long directorId,
                long version) {
            throw new AssertionError("not expected in this test");
        }

        @Override
        public List<AcademicYear> years() {
            return List.of(new AcademicYear(2026));
        }

        @Override
        public boolean isDemo() {
            return false;
        }
    }

    private final class Staff implements StaffService {

        @Override
        public StaffMember get(long staffId) {
            if (staffDenied) {
                throw new AccessDeniedException("core.staff.read");
            }
            if (staffId != DIRECTOR_ID) {
                throw new NotFoundException("staff", staffId);
            }
            return new StaffMember(DIRECTOR_ID, PersonName.parse(DIRECTOR), "Director", List.of(), "director", "",
                    "", true, 1);
        }

        @Override
        public List<StaffMember> find(StaffQuery query, int offset, int limit) {
            throw new AssertionError("not expected in this test");
        }

        @Override
        public int count(StaffQuery query) {
            throw new AssertionError("not expected in this test");
        }

        @Override
        public Optional<StaffMember> byUsername(String username) {
            throw new AssertionError("not expected in this test");
        }

        @Override
        public StaffMember create(StaffDraft draft) {
            throw new AssertionError("not expected in this test");
        }

        @Override
        public StaffMember update(long staffId, long version, StaffDraft draft) {
            throw new AssertionError("not expected in this test");
        }

        @Override
        public StaffMember setActive(long staffId, boolean active) {
            throw new AssertionError("not expected in this test");
        }
    }

    /** The consilium's chair on the day, as the consilium's officers answer: nobody when it may not be read. */
    private Optional<BodyMember> consiliumChair(LocalDate day) {
        return structureDenied ? Optional.empty() : Bodies.holder(consilium, Bodies.CHAIR, day);
    }
}
