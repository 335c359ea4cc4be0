package org.opora.core.impl.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;

/**
 * The composition of a functional body over time: a person holds one open membership of a body at a time, and a
 * body has at most one chair and one secretary at a time (the consilium's procedure names one of each).
 */
public final class Memberships {

    private final List<BodyMember> members;

    public Memberships(List<BodyMember> members) {
        this.members = List.copyOf(members);
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
            if (Bodies.single(role) && role.equals(m.role())) {
                throw new ValidationException("role", "core.error.membership.roleTaken", m.staffName());
            }
        }
    }
}
