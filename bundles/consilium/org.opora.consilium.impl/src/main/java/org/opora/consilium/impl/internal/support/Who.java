package org.opora.consilium.impl.internal.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.impl.internal.rules.MeetingVisibility;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.OporaUser;

/**
 * The current caller for one request: the signed-in user (or none: the system), their staff record and their
 * memberships of the consilium over time. Resolved once per service call with two calls to the core.
 *
 * @param user        the signed-in user, or {@code null} for the system
 * @param staff       the staff record linked to the account, or {@code null}
 * @param memberships the staff member's memberships of the consilium, any period
 */
public record Who(OporaUser user, StaffMember staff, List<BodyMember> memberships) {

    public Who {
        memberships = List.copyOf(memberships);
    }

    public static Who system() {
        return new Who(null, null, List.of());
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

    public Locale locale() {
        return user == null ? Locale.forLanguageTag("ru") : user.locale();
    }

    /** Whether the caller holds the permission (the system holds all). */
    public boolean allows(String permission) {
        return user == null || user.has(permission);
    }

    public boolean memberOn(LocalDate day) {
        return MeetingVisibility.memberOn(memberships, day);
    }

    /** Chair, deputy chair or secretary of the consilium on the day. */
    public boolean keeperOn(LocalDate day) {
        return MeetingVisibility.keeperOn(memberships, day);
    }
}
