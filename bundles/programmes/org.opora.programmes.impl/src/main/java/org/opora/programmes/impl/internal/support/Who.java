package org.opora.programmes.impl.internal.support;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.OporaUser;

/**
 * The current caller for one request: the signed-in user (or none: the system), their staff record and the roles
 * they hold today in the consilium (the chair reads every programme, regulation 002: the chair appoints the
 * curator). Resolved once per service call with at most two calls to the core.
 *
 * @param user           the signed-in user, or {@code null} for the system
 * @param staff          the staff record linked to the account, or {@code null}
 * @param consiliumRoles the caller's roles in the consilium today (chair, deputy, secretary, member)
 */
public record Who(OporaUser user, StaffMember staff, Set<String> consiliumRoles) {

    /** The role of the consilium's chair in the core's body roles. */
    public static final String CHAIR = "chair";
    /** The roles that keep the consilium's meetings and protocols: chair, deputy chair, secretary. */
    public static final Set<String> KEEPER_ROLES = Set.of(CHAIR, "deputy-chair", "secretary");

    public Who {
        consiliumRoles = Set.copyOf(consiliumRoles);
    }

    public static Who system() {
        return new Who(null, null, Set.of());
    }

    public boolean isSystem() {
        return user == null;
    }

    public String login() {
        return user == null ? Guard.SYSTEM : user.username();
    }

    /** The name written in records: the staff member's, else the account's display name. */
    public String name() {
        if (staff != null) {
            return staff.name().full();
        }
        return user == null ? Guard.SYSTEM : user.displayName();
    }

    public Long staffId() {
        return staff == null ? null : staff.id();
    }

    /** Whether the caller is the staff member (never for a missing id). */
    public boolean is(Long staffId) {
        return staffId != null && Objects.equals(staffId, staffId());
    }

    public Locale locale() {
        return user == null ? Locale.forLanguageTag("ru") : user.locale();
    }

    /** Whether the caller holds the permission (the system holds all). */
    public boolean allows(String permission) {
        return user == null || user.has(permission);
    }

    /** Whether the caller chairs the consilium today. */
    public boolean chair() {
        return consiliumRoles.contains(CHAIR);
    }

    /** Whether the caller is the consilium's chair, deputy chair or secretary today (they record its decisions). */
    public boolean consiliumKeeper() {
        return consiliumRoles.stream().anyMatch(KEEPER_ROLES::contains);
    }
}
