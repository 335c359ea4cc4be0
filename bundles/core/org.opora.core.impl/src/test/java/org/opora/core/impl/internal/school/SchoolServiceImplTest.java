package org.opora.core.impl.internal.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.School;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class SchoolServiceImplTest extends CoreServiceTestSupport {

    @Test
    void aNewInstallationHasASchoolInTheCurrentYearThatIsNoDemo() {
        School s = school.school();
        assertEquals(currentYear(), s.currentYear());
        assertEquals(List.of(currentYear()), school.years());
        assertFalse(school.isDemo());
    }

    @Test
    void theDirectorChangesTheSchoolAndTheChangeIsAudited() {
        StaffMember director = staffMember("Sokolova", "sokolova");
        signIn("director", CorePermissions.SCHOOL_MANAGE);

        School updated = school.update(" School No. 59 ", "59", "Moscow", director.id(), school.school().version());

        assertEquals("School No. 59", updated.name());
        assertEquals(director.id(), updated.directorId());
        assertEquals(updated, school.school());
        audited("director", AuditAction.UPDATE, "school", 1);
    }

    @Test
    void someoneWithoutTheRightCannotChangeTheSchool() {
        signIn("teacher", CorePermissions.PUPIL_READ);
        long version = school.school().version();
        denied(CorePermissions.SCHOOL_MANAGE, () -> school.update("Other", "1", "", null, version));
        assertEquals("", school.school().name());
    }

    @Test
    void aChangeFromAStaleCopyIsAConflict() {
        long read = school.school().version();
        school.update("School 1", "1", "", null, read);
        audit.clear();

        assertThrows(ConflictException.class, () -> school.update("School 2", "2", "", null, read));
        assertEquals("School 1", school.school().name());
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void theNameIsRequiredAndTheDirectorMustWorkHere() {
        long version = school.school().version();
        refused("core.error.required", () -> school.update(" ", "1", "", null, version));
        refused("core.error.staff.unknown", () -> school.update("School", "1", "", 999L, version));
        StaffMember left = staffMember("Orlova", "");
        staff.setActive(left.id(), false);
        refused("core.error.staff.unknown", () -> school.update("School", "1", "", left.id(), version));
        refused("core.error.tooLong", () -> school.update("School", "1".repeat(21), "", null, version));
    }

    @Test
    void yearsListEveryYearWithClassesAndTheCurrentOne() {
        classes.create(currentYear().next(), new ClassDraft(5, "A", null));
        classes.create(new org.opora.core.api.AcademicYear(currentYear().startYear() - 2), new ClassDraft(5, "A", null));

        assertEquals(List.of(new org.opora.core.api.AcademicYear(currentYear().startYear() - 2), currentYear(),
                currentYear().next()), school.years());
    }
}
