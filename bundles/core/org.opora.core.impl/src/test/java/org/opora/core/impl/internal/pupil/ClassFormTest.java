package org.opora.core.impl.internal.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;

/**
 * The class's dialog fed bad values field by field — empty, too long, markup, out of range, a taken name, an
 * unknown teacher — each refused on its field, no class created and a kept one unchanged; every objection at once.
 */
class ClassFormTest extends CoreServiceTestSupport {

    private StaffMember teacher;
    private SchoolClass kept;

    @BeforeEach
    void aClass() {
        teacher = staffMember("Belova", "belova");
        signIn("deputy", CorePermissions.CLASS_MANAGE, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        kept = classes.create(currentYear(), new ClassDraft(7, "B", teacher.id()), Set.of(teacher.id()));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "grade          | 0        | core.error.class.grade",
        "grade          | 12       | core.error.class.grade",
        "grade          | -5       | core.error.class.grade",
        "letter         | ''       | core.error.class.letter",
        "letter         | АБВГ     | core.error.class.letter",
        "letter         | <b>      | core.error.class.letter",
        "letter         | 1        | core.error.class.letter",
        "letter         | В        | core.error.class.exists",
        "classTeacherId | 4242     | core.error.staff.unknown",
        "teacherIds     | 4242     | core.error.staff.unknown"})
    void aBadFieldOfTheClassIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        long rows = UNIT.rows("SCHOOL_CLASS");
        ClassDraft d = new ClassDraft("grade".equals(field) ? Integer.parseInt(value) : 7,
                "letter".equals(field) ? value : "A",
                "classTeacherId".equals(field) ? Long.valueOf(value) : teacher.id());
        Set<Long> teachers = "teacherIds".equals(field) ? Set.of(Long.valueOf(value)) : Set.of(teacher.id());
        classes.create(currentYear(), new ClassDraft(7, "В", null));
        SchoolClass before = classes.get(kept.id());

        ValidationException e = refused(key, () -> classes.create(currentYear(), d, teachers));
        assertEquals(field, e.field());
        assertEquals(field, refused(key, () -> classes.update(kept.id(), before.version(), d, teachers)).field());

        assertEquals(rows + 1, UNIT.rows("SCHOOL_CLASS"));
        assertEquals(before, classes.get(kept.id()));
    }

    @Test
    void everyObjectionOfTheClassComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> classes.create(currentYear(),
                new ClassDraft(99, "<script>", 4242L), Set.of(4343L)));

        assertEquals(List.of("grade", "letter", "classTeacherId", "teacherIds"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(List.of(kept), classes.classes(currentYear()));
    }
}
