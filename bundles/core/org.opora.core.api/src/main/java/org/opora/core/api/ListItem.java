package org.opora.core.api;

import java.util.Objects;

/**
 * One entry of a configurable reference list (a status flag, a specialist type, a functional body …).
 *
 * @param code  stable code stored in records, e.g. {@code ovz}
 * @param label the label the school configured, in the school's language
 */
public record ListItem(String code, String label) {

    public ListItem {
        Objects.requireNonNull(code, "code");
        label = label == null || label.isBlank() ? code : label.strip();
    }

    /**
     * Parses a configuration entry {@code code = Label}; an entry without {@code =} is its own label.
     *
     * @throws IllegalArgumentException when the code is not lower-case letters, digits and dashes
     */
    public static ListItem parse(String entry) {
        int eq = entry.indexOf('=');
        String code = (eq < 0 ? entry : entry.substring(0, eq)).strip();
        if (!code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("list code must be lower-case letters, digits and dashes: " + entry);
        }
        return new ListItem(code, eq < 0 ? code : entry.substring(eq + 1));
    }
}
