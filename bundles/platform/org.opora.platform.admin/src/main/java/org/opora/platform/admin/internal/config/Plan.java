package org.opora.platform.admin.internal.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opora.platform.admin.internal.settings.SettingField;

/**
 * What importing a configuration file (or applying a preset) would change, found before anything is changed: the
 * preview the administrator confirms. A plan with problems cannot be applied.
 *
 * @param settings the configurations whose stored values would change
 * @param roles    the roles that would be created or changed
 * @param problems what is wrong in the file; nothing is applied while there is one
 * @param notes    what the import leaves out (a module not installed here, a permission unknown here)
 */
public record Plan(List<SettingsChange> settings, List<RoleChange> roles, TextsChange texts, List<Text> problems,
        List<Text> notes) {

    public Plan(List<SettingsChange> settings, List<RoleChange> roles, List<Text> problems, List<Text> notes) {
        this(settings, roles, null, problems, notes);
    }

    public Plan {
        settings = List.copyOf(settings);
        roles = List.copyOf(roles);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** Whether it may be applied. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** Whether applying it would change nothing. */
    public boolean unchanged() {
        return settings.isEmpty() && roles.isEmpty() && texts == null;
    }

    /** The number of single changes, for the summary. */
    public int size() {
        return settings.stream().mapToInt(s -> s.changes().size()).sum() + roles.size()
                + (texts == null ? 0 : texts.changes().size());
    }

    /**
     * The changes of one configuration.
     *
     * @param pid     the configuration
     * @param name    its name in the user's language
     * @param values  every attribute's new value as the settings form would save it (null: the default)
     * @param changes the attributes whose value changes, in the form's order
     * @param recheck whether a module's check refused a value that may name a code the same file adds to the
     *                core's lists: checked again when applied, after the core's settings
     */
    public record SettingsChange(String pid, String name, Map<SettingField, Object> values, List<Change> changes,
            boolean recheck) {

        public SettingsChange(String pid, String name, Map<SettingField, Object> values, List<Change> changes) {
            this(pid, name, values, changes, false);
        }

        public SettingsChange {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            changes = List.copyOf(changes);
        }
    }

    /**
     * One attribute's change.
     *
     * @param attribute the attribute's id
     * @param label     its name in the user's language
     * @param before    the value in effect now, as text (the default where none is stored)
     * @param after     the value in effect after the import
     */
    public record Change(String attribute, String label, String before, String after) {
    }

    /**
     * A role created or changed.
     *
     * @param name        the role's name
     * @param title       its title after the import
     * @param permissions its permissions after the import
     * @param created     whether the role is new here
     * @param oldTitle    its title now (null for a new role)
     * @param added       permissions it gains
     * @param removed     permissions it loses
     */
    public record RoleChange(String name, String title, Set<String> permissions, boolean created, String oldTitle,
            Set<String> added, Set<String> removed) {

        public RoleChange {
            permissions = Set.copyOf(permissions);
            added = Set.copyOf(added);
            removed = Set.copyOf(removed);
        }
    }

    /**
     * The school's own texts after the import.
     *
     * @param properties the whole configuration of the texts to store ({@code <language>.<key>} = text)
     * @param changes    the texts that change: attribute {@code <language>.<key>}, label the key
     */
    public record TextsChange(Map<String, Object> properties, List<Change> changes) {

        public TextsChange {
            properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
            changes = List.copyOf(changes);
        }
    }
}
