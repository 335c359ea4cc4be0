package org.opora.core.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

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

    /**
     * Parses the entries of a configured list in their order: blank entries are skipped, a repeated code keeps its
     * first entry, and a malformed entry is handed to {@code malformed} (entry, reason) and left out, so that one
     * bad line does not break every form.
     */
    public static List<ListItem> parseAll(String[] entries, BiConsumer<String, String> malformed) {
        Map<String, ListItem> items = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            try {
                ListItem item = parse(entry);
                items.putIfAbsent(item.code(), item);
            } catch (IllegalArgumentException e) {
                malformed.accept(entry, e.getMessage());
            }
        }
        return List.copyOf(items.values());
    }
}
