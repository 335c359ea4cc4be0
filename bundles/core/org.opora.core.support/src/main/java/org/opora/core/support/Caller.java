package org.opora.core.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.OporaUser;

/**
 * The caller of one service call: the signed-in user (or none: the system), their staff record and their
 * memberships of the functional body the module works with (for the consilium and the programmes: the consilium),
 * any period. Resolved once per call by {@link ModulePeople}; what the roles mean is the core's {@link BodyRoles}
 * as the school configured them (2.7).
 *
 * @param user        the signed-in user, or {@code null} for the system
 * @param staff       the staff record linked to the account, or {@code null}
 * @param memberships the staff member's memberships of the body, any period; empty when they may not be read
 * @param roles       what the role codes of the memberships mean (2.7)
 */
public record Caller(OporaUser user, StaffMember staff, List<BodyMember> memberships, BodyRoles roles) {

    public Caller {
        memberships = List.copyOf(memberships);
        roles = roles == null ? Bodies.builtIn() : roles;
    }

    /** A caller whose roles mean what the built-in roles mean ({@link Bodies#builtIn()}). */
    public Caller(OporaUser user, StaffMember staff, List<BodyMember> memberships) {
        this(user, staff, memberships, null);
    }

    public static Caller system() {
        return new Caller(null, null, List.of());
    }

    public boolean isSystem() {
        return user == null;
    }

    /** The login written in records and the journal, or {@code system}. */
    public String login() {
        return user == null ? ModuleGuard.SYSTEM : user.username();
    }

    /** The name written in records: the staff member's, else the account's display name. */
    public String name() {
        if (staff != null) {
            return staff.name().full();
        }
        return user == null ? ModuleGuard.SYSTEM : user.displayName();
    }

    public Long staffId() {
        return staff == null ? null : staff.id();
    }

    /** Whether the caller is the staff member (never for a missing id). */
    public boolean is(Long staffId) {
        return staffId != null && Objects.equals(staffId, staffId());
    }

    /** The user's language; Russian for the system. */
    public Locale locale() {
        return user == null ? Locale.forLanguageTag("ru") : user.locale();
    }

    /** Whether the caller holds the permission (the system holds all). */
    public boolean allows(String permission) {
        return user == null || user.has(permission);
    }

    /** Whether the caller is a member of the body on the day, in any role. */
    public boolean memberOn(LocalDate day) {
        return Bodies.memberOn(memberships, day);
    }

    /** Whether the caller holds the role code in the body on the day. */
    public boolean holdsOn(String role, LocalDate day) {
        return day != null && memberships.stream().anyMatch(m -> m.activeOn(day) && m.role().equals(role));
    }

    /** Whether the caller holds a role of the meaning in the body on the day, e.g. the chair (2.7). */
    public boolean holdsOn(BodyRoleMeaning meaning, LocalDate day) {
        return roles.holdsOn(memberships, meaning, day);
    }

    /** Whether the caller keeps the body's records on the day: its chair, deputy chair or secretary. */
    public boolean keeperOn(LocalDate day) {
        return roles.keeperOn(memberships, day);
    }

    /**
     * Whether one of the memberships carried holds the role, whatever its period: for a module that resolves only
     * the memberships of today (see {@link ModulePeople#memberships}).
     */
    public boolean holds(String role) {
        return memberships.stream().anyMatch(m -> m.role().equals(role));
    }

    /**
     * Whether one of the memberships carried holds a role of the meaning, whatever its period, e.g. the chair, however
     * the school calls it (2.7; see {@link #holds(String)}).
     */
    public boolean holds(BodyRoleMeaning meaning) {
        return memberships.stream().anyMatch(m -> roles.is(m.role(), meaning));
    }

    /** Whether one of the memberships carried is of a keeping role, whatever its period (see {@link #holds}). */
    public boolean keeper() {
        return memberships.stream().anyMatch(m -> roles.keeps(m.role()));
    }
}
