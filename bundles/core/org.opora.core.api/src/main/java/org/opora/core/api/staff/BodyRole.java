package org.opora.core.api.staff;

import java.util.Objects;

/**
 * A role in the functional bodies as the school configured it: its code, its label in a language and its meaning.
 *
 * @param code    the role code stored in memberships, from the core list {@code bodyRoles}
 * @param label   the role's name in the language asked for
 * @param meaning what the role means; {@link BodyRoleMeaning#MEMBER} when the school gave it none
 */
public record BodyRole(String code, String label, BodyRoleMeaning meaning) {

    public BodyRole {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meaning, "meaning");
        label = label == null || label.isBlank() ? code : label;
    }
}
