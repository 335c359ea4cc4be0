package org.opora.consilium.ui.internal.composition;

import java.util.List;

import com.vaadin.flow.component.UI;

import org.opora.core.api.staff.Bodies;

/** The roles in the consilium (regulation 002: chair, deputy chair, secretary, members) and their names. */
final class Roles {

    /** The role codes, the chair first, as the core's functional body stores them. */
    static final List<String> CODES = Bodies.ROLES;

    private Roles() {
    }

    /** The role's name in the user's language; an unknown code shows itself. */
    static String label(String code) {
        return CODES.contains(code) ? UI.getCurrent().getTranslation("consilium.ui.composition.role." + code)
                : code;
    }
}
