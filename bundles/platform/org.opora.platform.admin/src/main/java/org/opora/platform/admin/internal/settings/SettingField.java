package org.opora.platform.admin.internal.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * One attribute of a configuration as the settings form shows it.
 *
 * @param id          property key
 * @param name        label (the definition's name, localised by metatype)
 * @param description helper text, may be empty
 * @param kind        the kind of field
 * @param type        metatype type
 * @param cardinality metatype cardinality: 0 single, positive an array, negative a list; the absolute value is the
 *                    most values allowed ({@link Integer#MAX_VALUE} / {@link Integer#MIN_VALUE} for no limit)
 * @param defaults    default values, empty for none
 * @param options     the options to choose from, empty for none
 * @param definition  the metatype definition, for its own validation
 */
public record SettingField(String id, String name, String description, FieldKind kind, int type, int cardinality,
        List<String> defaults, List<Option> options, AttributeDefinition definition) {

    /**
     * An option of a choice.
     *
     * @param value the stored value
     * @param label what the user reads
     */
    public record Option(String value, String label) {
    }

    public SettingField {
        name = name == null || name.isBlank() ? id : name;
        description = description == null ? "" : description;
        defaults = List.copyOf(defaults);
        options = List.copyOf(options);
    }

    /** The field for a metatype attribute definition. */
    public static SettingField of(AttributeDefinition ad) {
        List<Option> options = new ArrayList<>();
        String[] values = ad.getOptionValues();
        String[] labels = ad.getOptionLabels();
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                String label = labels != null && i < labels.length && labels[i] != null ? labels[i] : values[i];
                options.add(new Option(values[i], label));
            }
        }
        String[] defaults = ad.getDefaultValue();
        return new SettingField(ad.getID(), ad.getName(), ad.getDescription(),
                FieldKind.of(ad.getType(), ad.getCardinality(), !options.isEmpty()), ad.getType(),
                ad.getCardinality(), defaults == null ? List.of()
                        : Arrays.stream(defaults).filter(Objects::nonNull).toList(), options, ad);
    }

    /** The same field without the definition's own validation (for reading its default). */
    SettingField withoutValidation() {
        return new SettingField(id, name, description, kind, type, cardinality, defaults, options, null);
    }

    public boolean multiValued() {
        return cardinality != 0;
    }

    /** The most values allowed, or {@link Integer#MAX_VALUE} for no limit. */
    public int maxValues() {
        if (cardinality == 0) {
            return 1;
        }
        return cardinality == Integer.MIN_VALUE ? Integer.MAX_VALUE : Math.abs(cardinality);
    }

    /** The default as the form writes it: one value a line for several values. */
    public String defaultText() {
        return String.join("\n", defaults);
    }

    /** The label of an option value, or the value itself (empty for none). */
    public String labelOf(String value) {
        if (value == null) {
            return "";
        }
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
