package org.opora.core.impl.internal.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PromotionResult;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class ClassServiceImplTest extends CoreServiceTestSupport {

    @Test
    void theDeputyCreatesAClassWithItsTeacherAndTheCreationIsAudited() {
        StaffMember teacher = staffMember("Belova", "belova");
        signIn("deputy", CorePermissions.CLASS_MANAGE, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);

        SchoolClass c = classes.create(currentYear(), new ClassDraft(7, " b ", teacher.id()));

        assertEquals("7B", c.name());
        assertEquals(teacher.id(), c.classTeacherId());
        assertEquals(c, classes.get(c.id()));
        audited("deputy", AuditAction.CREATE, "class", c.id());
        assertEquals(List.of(c), classes.ledBy(teacher.id(), currentYear()));
    }

    @Test
    void aClassExistsOncePerYear() {
        schoolClass(7, "B", null);
        refused("core.error.class.exists", () -> schoolClass(7, "B", null));
        SchoolClass next = classes.create(currentYear().next(), new ClassDraft(7, "B", null));
        SchoolClass a = schoolClass(7, "A", null);
        refused("core.error.class.exists", () -> classes.update(a.id(), a.version(), new ClassDraft(7, "B", null)));
        assertEquals(2, classes.classes(currentYear()).size());
        assertEquals(List.of(next), classes.classes(currentYear().next()));
    }

    @Test
    void theGradeFollowsTheSchoolsRuleAndTheLetterIsLetters() {
        refused("core.error.class.grade", () -> schoolClass(12, "A", null));
        refused("core.error.class.grade", () -> schoolClass(0, "A", null));
        refused("core.error.class.letter", () -> schoolClass(5, "1", null));
        refused("core.error.class.letter", () -> schoolClass(5, "ABCD", null));
        wire(Map.of("highestGrade", 9));
        refused("core.error.class.grade", () -> schoolClass(10, "A", null));
        assertEquals(List.of(), classes.classes(currentYear()));
    }

    @Test
    void aClassTeacherMustStillWorkHere() {
        StaffMember left = staffMember("Orlova", "");
        staff.setActive(left.id(), false);
        refused("core.error.staff.unknown", () -> schoolClass(5, "A", left.id()));
        refused("core.error.staff.unknown", () -> schoolClass(5, "A", 999L));
    }

    @Test
    void anUpdateFromAStaleCopyIsAConflict() {
        SchoolClass c = schoolClass(5, "A", null);
        StaffMember teacher = staffMember("Belova", "belova");
        SchoolClass changed = classes.update(c.id(), c.version(), new ClassDraft(5, "A", teacher.id()));
        audited("system", AuditAction.UPDATE, "class", c.id());

        assertThrows(ConflictException.class, () -> classes.update(c.id(), c.version(), new ClassDraft(5, "C", null)));
        assertEquals(changed, classes.get(c.id()));
    }

    @Test
    void onlyAClassThatNeverHadPupilsIsDeleted() {
        SchoolClass empty = schoolClass(5, "A", null);
        SchoolClass full = schoolClass(5, "B", null);
        Pupil p = pupil("Ivanov", full.id());
        pupils.archive(p.id(), today(), "moved away");

        refused("core.error.class.notEmpty", () -> classes.delete(full.id()));
        classes.delete(empty.id());
        audited("system", AuditAction.DELETE, "class", empty.id());
        assertEquals(List.of("5B"), classes.classes(currentYear()).stream().map(SchoolClass::name).toList());
    }

    @Test
    void onlyClassManagersChangeClassesWhilePupilAndStaffReadersSeeThem() {
        SchoolClass c = schoolClass(5, "A", null);
        signIn("teacher", CorePermissions.STAFF_READ);
        assertEquals(1, classes.classes(currentYear()).size());
        denied(CorePermissions.CLASS_MANAGE, () -> schoolClass(6, "A", null));
        denied(CorePermissions.CLASS_MANAGE, () -> classes.update(c.id(), c.version(), new ClassDraft(5, "B", null)));
        denied(CorePermissions.CLASS_MANAGE, () -> classes.delete(c.id()));
        denied(CorePermissions.CLASS_MANAGE, classes::promote);
        denied(CorePermissions.CLASS_MANAGE, classes::promotionPreview);
        signIn("stranger");
        denied(CorePermissions.PUPIL_READ + " | " + CorePermissions.STAFF_READ, () -> classes.get(c.id()));
    }

    @Test
    void classesCountTheirCurrentPupils() {
        SchoolClass c = schoolClass(5, "A", null);
        pupil("Ivanov", c.id());
        Pupil gone = pupil("Petrov", c.id());
        pupils.archive(gone.id(), today(), "moved away");

        assertEquals(1, classes.get(c.id()).pupils());
    }

    @Test
    void promotionMovesEveryClassUpAndGraduatesTheHighestGrade() {
        StaffMember teacher = staffMember("Belova", "belova");
        SchoolClass fifth = schoolClass(5, "A", teacher.id());
        SchoolClass eleventh = schoolClass(11, "A", null);
        Pupil ivanov = pupil("Ivanov", fifth.id());
        pupil("Petrov", fifth.id());
        Pupil sidorov = pupils.create(new org.opora.core.api.pupil.PupilDraft(
                new org.opora.core.api.PersonName("Sidorov", "Oleg", ""), today().minusYears(17),
                org.opora.core.api.Sex.MALE, eleventh.id()));
        signIn("deputy", CorePermissions.CLASS_MANAGE, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);

        PromotionResult preview = classes.promotionPreview();
        PromotionResult done = classes.promote();

        assertEquals(new PromotionResult(currentYear(), currentYear().next(), 1, 2, 1), done);
        assertEquals(done, preview, "the preview tells what the promotion does");
        assertEquals(currentYear().next(), school.school().currentYear());
        SchoolClass sixth = classes.classes(currentYear().next()).get(0);
        assertEquals("6A", sixth.name());
        assertEquals(teacher.id(), sixth.classTeacherId());
        assertEquals(sixth.id(), pupils.get(ivanov.id()).classId());
        assertTrue(pupils.get(sidorov.id()).archived());
        assertEquals(1, pupils.count(new PupilQuery("", null, "", true)));
        assertEquals(2, pupils.card(ivanov.id()).placements().size(), "the history keeps the old class");
        assertEquals(AuditAction.UPDATE, audit.entries().get(0).action());
        assertEquals("school", audit.entries().get(0).recordType());
        assertEquals("deputy", audit.entries().get(0).actor());

        assertEquals(currentYear().next(), classes.promotionPreview().from(), "the next promotion starts from there");
    }

    @Test
    void aSchoolWithoutClassesCannotBePromotedNorOneWhoseNextYearHasClasses() {
        refused("core.error.promotion.noClasses", classes::promote);
        schoolClass(5, "A", null);
        classes.create(currentYear().next(), new ClassDraft(6, "A", null));
        refused("core.error.promotion.nextYearExists", classes::promote);
        assertEquals(currentYear(), school.school().currentYear());
    }
}
