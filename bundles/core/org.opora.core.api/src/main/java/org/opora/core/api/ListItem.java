package org.opora.core.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
     * Parses a configuration entry {@code code = Russian label | English label} (the English label optional, see
     * {@link #englishLabel}); {@code code = Label} and an entry without {@code =} (its own label) read as before. The
     * label is the Russian one.
     *
     * @throws IllegalArgumentException when the code is not lower-case letters, digits and dashes
     */
    public static ListItem parse(String entry) {
        int eq = entry.indexOf('=');
        String code = (eq < 0 ? entry : entry.substring(0, eq)).strip();
        if (!code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("list code must be lower-case letters, digits and dashes: " + entry);
        }
        if (eq < 0) {
            return new ListItem(code, code);
        }
        String labels = entry.substring(eq + 1);
        int bar = labels.indexOf('|');
        return new ListItem(code, bar < 0 ? labels : labels.substring(0, bar));
    }

    /**
     * The English label of an entry {@code code = Russian label | English label}; empty when the entry has none.
     *
     * @since 1.5
     */
    public static Optional<String> englishLabel(String entry) {
        int eq = entry == null ? -1 : entry.indexOf('=');
        int bar = eq < 0 ? -1 : entry.indexOf('|', eq);
        String english = bar < 0 ? "" : entry.substring(bar + 1).strip();
        return english.isEmpty() ? Optional.empty() : Optional.of(english);
    }

    /**
     * The English labels of the entries by code (entries without one left out; the first entry of a code counts).
     *
     * @since 1.5
     */
    public static Map<String, String> englishLabels(String[] entries) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String code = (eq < 0 ? entry : entry.substring(0, eq)).strip();
            englishLabel(entry).ifPresent(e -> labels.putIfAbsent(code, e));
        }
        return Map.copyOf(labels);
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
