package org.opora.platform.admin.internal.settings;

import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The properties to store after the settings form was saved, computed from the stored ones and the form's values:
 * a value the form left empty removes the property (its default applies again), a password left empty stays, a
 * value equal to the default is not written for a property that was not set. Properties the form does not know
 * (e.g. {@code felix.fileinstall.filename}) stay as they are.
 *
 * @param properties the properties to store
 * @param changed    the keys whose value changed, sorted; empty if nothing is to be stored
 */
public record ConfigurationUpdate(Hashtable<String, Object> properties, SortedSet<String> changed) {

    public ConfigurationUpdate {
        changed = Collections.unmodifiableSortedSet(new TreeSet<>(changed));
    }

    /**
     * Applies the form's values to the stored properties.
     *
     * @param stored the configuration's properties, null if it has none
     * @param values the form's values by field; a null value means "left empty"
     */
    public static ConfigurationUpdate apply(Dictionary<String, ?> stored, Map<SettingField, Object> values) {
        Hashtable<String, Object> props = new Hashtable<>();
        if (stored != null) {
            for (Enumeration<String> keys = stored.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                props.put(key, stored.get(key));
            }
        }
        SortedSet<String> changed = new TreeSet<>();
        values.forEach((field, value) -> {
            String key = field.id();
            Object old = props.get(key);
            if (value == null) {
                if (old != null && field.kind() != FieldKind.PASSWORD) {
                    props.remove(key);
                    changed.add(key);
                }
            } else if (old == null) {
                if (!sameText(value, defaultValue(field))) {
                    props.put(key, value);
                    changed.add(key);
                }
            } else if (!sameText(value, old)) {
                props.put(key, value);
                changed.add(key);
            }
        });
        return new ConfigurationUpdate(props, changed);
    }

    /** Whether anything is to be stored. */
    public boolean isEmpty() {
        return changed.isEmpty();
    }

    /** The typed default of a field: a boolean without one is false, as a checkbox shows it. */
    static Object defaultValue(SettingField field) {
        if (field.defaults().isEmpty()) {
            return field.kind() == FieldKind.BOOLEAN ? Boolean.FALSE : null;
        }
        SettingValues.Parsed parsed = SettingValues.parse(field.withoutValidation(), field.defaultText());
        return parsed.valid() ? parsed.value() : field.defaultText();
    }

    /** Compared as text: a {@code .cfg} file stores {@code "10"} where the form has {@code 10}. */
    private static boolean sameText(Object a, Object b) {
        return b != null && SettingValues.toText(a).equals(SettingValues.toText(b));
    }
}
