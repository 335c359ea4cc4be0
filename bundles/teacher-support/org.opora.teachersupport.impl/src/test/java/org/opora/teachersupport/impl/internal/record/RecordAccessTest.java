package org.opora.teachersupport.impl.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.platform.api.security.OporaUser;
import org.opora.teachersupport.api.TeacherSupportPermissions;

/** Who may read, keep and work on a record, from the facts alone. */
class RecordAccessTest {

    private static final long TEACHER = 1;
    private static final long LEAD = 2;
    private static final long PARTICIPANT = 3;

    private static Caller staff(long id, String... permissions) {
        return new Caller(new OporaUser("u" + id, "U", Set.of(), Set.of(permissions), Locale.ENGLISH),
                new StaffMember(id, new PersonName("S", "A", ""), "", List.of(), "u" + id, "", "", true, 1),
                List.of());
    }

    private static String can(Caller who, boolean teacherReads) {
        RecordAccess a = RecordAccess.of(who, TEACHER, LEAD, List.of(PARTICIPANT), teacherReads);
        return (a.canRead() ? "r" : "-") + (a.canWork() ? "w" : "-") + (a.canKeep() ? "k" : "-");
    }

    @Test
    void whoMayDoWhat() {
        String work = TeacherSupportPermissions.WORK;
        assertEquals("rwk", can(Caller.system(), false));
        assertEquals("rwk", can(staff(9, TeacherSupportPermissions.MANAGE), false), "the administration");
        assertEquals("r--", can(staff(9, TeacherSupportPermissions.READ_ALL), false));
        assertEquals("rwk", can(staff(LEAD, work), false));
        assertEquals("r--", can(staff(LEAD), false), "a lead without the permission to work only reads");
        assertEquals("rw-", can(staff(PARTICIPANT, work), false));
        assertEquals("---", can(staff(TEACHER, work), false));
        assertEquals("r--", can(staff(TEACHER, work), true), "the teacher reads when the school says so");
        assertEquals("---", can(staff(9, work), true));
    }
}
