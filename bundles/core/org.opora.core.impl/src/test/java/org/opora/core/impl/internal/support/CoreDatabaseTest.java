package org.opora.core.impl.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.platform.api.security.PermissionDefinition;

class CoreDatabaseTest extends CoreServiceTestSupport {

    @Test
    void twoPeopleSavingTheSameRecordAtOnceGiveAConflictAndTheFirstChangeStays() {
        StaffMember s = staffMember("Belova", "");

        // the second writer commits while the first still holds its copy: the first one's save is refused
        assertThrows(ConflictException.class, () -> db.run(first -> {
            StaffEntity mine = first.find(StaffEntity.class, s.id());
            db.run(second -> second.find(StaffEntity.class, s.id()).apply(position(s, "Head of service")));
            mine.apply(position(s, "Cook"));
        }));

        assertEquals("Head of service", staff.get(s.id()).position());
    }

    private static StaffDraft position(StaffMember s, String position) {
        return new StaffDraft(s.name(), position, s.specialistTypes(), s.username(), s.phone(), s.email());
    }

    @Test
    void theSchoolRowIsCreatedOnceOnFirstStart() {
        new CoreDatabase(UNIT.emf());
        new CoreDatabase(UNIT.emf());
        assertEquals(1, UNIT.rows("SCHOOL"));
    }

    @Test
    void everyPermissionTheCoreChecksIsOfferedInTheRolesEditor() throws IllegalAccessException {
        Set<String> declared = new CorePermissionProvider().permissions().stream().map(PermissionDefinition::id)
                .collect(Collectors.toSet());
        for (var field : Arrays.stream(CorePermissions.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers())).toList()) {
            assertTrue(declared.contains((String) field.get(null)), field.getName());
        }
        assertEquals(CorePermissions.class.getFields().length, declared.size());
    }
}
