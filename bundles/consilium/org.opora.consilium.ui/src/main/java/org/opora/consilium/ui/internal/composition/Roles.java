package org.opora.consilium.ui.internal.composition;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;

import org.opora.core.api.staff.BodyRole;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;

/**
 * The roles in the consilium as the school configured them (the core's list of roles in the functional bodies, with
 * their meanings: regulation 002 names a chair, a deputy chair, a secretary and members) and their names.
 */
final class Roles {

    private final BodyRoles roles;

    Roles(BodyRoles roles) {
        this.roles = roles;
    }

    /** The configured role codes in their order, as the core's functional body stores them. */
    List<String> codes() {
        return roles.codes();
    }

    /** The role to propose in a new appointment: the first one meaning a member. */
    String proposed() {
        return roles.code(BodyRoleMeaning.MEMBER).orElse(null);
    }

    /** The role's name in the user's language; an unknown code shows itself. */
    String label(String code) {
        Locale locale = UI.getCurrent() == null ? Locale.forLanguageTag("ru") : UI.getCurrent().getLocale();
        return roles.roles(locale).stream().filter(r -> r.code().equals(code)).map(BodyRole::label).findFirst()
                .orElse(code);
    }
}
