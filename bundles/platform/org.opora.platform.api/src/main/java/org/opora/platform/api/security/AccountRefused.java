package org.opora.platform.api.security;

import java.util.List;

/**
 * Every objection to an account's fields at once (added in 1.4), so that the form marks them all: each an i18n key
 * ({@code security.error.*}). A role's form is refused the same way ({@code UserAdministration.saveRole}). As an
 * {@link IllegalArgumentException} its message is the first key, for callers that show one.
 */
public class AccountRefused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> keys;

    public AccountRefused(List<String> keys) {
        super(keys.isEmpty() ? null : keys.get(0));
        this.keys = List.copyOf(keys);
    }

    /** The message keys of the objections, in the order of the form's fields. */
    public List<String> keys() {
        return keys;
    }
}
