package org.opora.core.impl.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoles;

/**
 * The composition of a functional body over time: a person holds one open membership of a body at a time, and a
 * body has at most one chair and one secretary at a time (the consilium's procedure names one of each) — whatever
 * the school calls them: the rule follows the roles' configured meanings.
 */
public final class Memberships {

    private final List<BodyMember> members;
    private final BodyRoles roles;

    public Memberships(List<BodyMember> members, BodyRoles roles) {
        this.members = List.copyOf(members);
        this.roles = roles;
    }

    public void checkAdd(long staffId, String role, LocalDate from) {
        for (BodyMember m : members) {
            boolean overlaps = m.to() == null || !m.to().isBefore(from);
            if (!overlaps) {
                continue;
            }
            if (m.staffId() == staffId) {
                throw new ValidationException("staffId", "core.error.membership.already", m.staffName());
            }
            if (roles.single(role) && roles.meaning(role) == roles.meaning(m.role())) {
                throw new ValidationException("role", "core.error.membership.roleTaken", m.staffName());
            }
        }
    }
}
