package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;

class MembershipsTest {

    private static BodyMember member(long staffId, String role, LocalDate from, LocalDate to) {
        return new BodyMember(staffId * 10, "consilium", staffId, "Staff " + staffId, role, from, to, null, "", null);
    }

    private final Memberships body = new Memberships(List.of(
            member(1, "chair", LocalDate.of(2025, 9, 1), null),
            member(2, "secretary", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)),
            member(3, "member", LocalDate.of(2025, 9, 1), null)), Bodies.builtIn());

    @Test
    void theRuleFollowsTheMeaningNotTheCode() {
        BodyRoles renamed = Bodies.fixed(List.of("head", "clerk", "member"),
                Map.of("head", BodyRoleMeaning.CHAIR, "clerk", BodyRoleMeaning.SECRETARY));
        Memberships own = new Memberships(List.of(member(1, "head", LocalDate.of(2025, 9, 1), null),
                member(3, "member", LocalDate.of(2025, 9, 1), null)), renamed);
        ValidationException e = assertThrows(ValidationException.class,
                () -> own.checkAdd(4, "head", LocalDate.of(2026, 9, 1)));
        assertEquals("core.error.membership.roleTaken", e.messageKey());
        assertDoesNotThrow(() -> own.checkAdd(4, "clerk", LocalDate.of(2026, 9, 1)));
        assertDoesNotThrow(() -> new Memberships(List.of(member(1, "chair", LocalDate.of(2025, 9, 1), null)), renamed)
                .checkAdd(4, "chair", LocalDate.of(2026, 9, 1)), "chair means nothing here: a member");
    }

    @Test
    void oneChairAtATime() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> body.checkAdd(4, "chair", LocalDate.of(2026, 9, 1)));
        assertEquals("core.error.membership.roleTaken", e.messageKey());
        assertEquals("Staff 1", e.params()[0]);
    }

    @Test
    void aSecretaryMayFollowOneWhoseTermEnded() {
        assertDoesNotThrow(() -> body.checkAdd(4, "secretary", LocalDate.of(2026, 9, 1)));
        assertThrows(ValidationException.class, () -> body.checkAdd(4, "secretary", LocalDate.of(2026, 8, 31)));
    }

    @Test
    void aPersonHoldsOneMembershipOfABodyAtATime() {
        assertEquals("core.error.membership.already", assertThrows(ValidationException.class,
                () -> body.checkAdd(3, "member", LocalDate.of(2026, 1, 1))).messageKey());
        assertDoesNotThrow(() -> body.checkAdd(2, "member", LocalDate.of(2026, 9, 1)));
        assertDoesNotThrow(() -> body.checkAdd(5, "member", LocalDate.of(2026, 1, 1)));
    }
}
