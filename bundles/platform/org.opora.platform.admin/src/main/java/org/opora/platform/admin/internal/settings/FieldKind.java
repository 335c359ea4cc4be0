package org.opora.platform.admin.internal.settings;

import org.osgi.service.metatype.AttributeDefinition;

/** The kind of form field that edits an attribute of a metatype definition. */
public enum FieldKind {
    /** One line of text. */
    TEXT,
    /** A secret: never sent to the browser; left empty, the stored value stays. */
    PASSWORD,
    /** A whole number that fits an {@code int} (integer, short, byte). */
    INTEGER,
    /** A whole number beyond {@code int} (long, big integer): digits in a text field. */
    LONG,
    /** A number with a fraction (double, float, big decimal). */
    DECIMAL,
    /** Yes or no. */
    BOOLEAN,
    /** One of the definition's options. */
    CHOICE,
    /** Several values, one a line (cardinality other than 0). */
    MULTI_LINE;

    /**
     * The field for an attribute: several values always go one a line; options make a choice; otherwise the type
     * decides.
     *
     * @param type        metatype type, e.g. {@link AttributeDefinition#INTEGER}
     * @param cardinality metatype cardinality (0 for a single value)
     * @param hasOptions  whether the definition lists option values
     */
    public static FieldKind of(int type, int cardinality, boolean hasOptions) {
        if (cardinality != 0) {
            return MULTI_LINE;
        }
        if (type == AttributeDefinition.BOOLEAN) {
            return BOOLEAN;
        }
        if (hasOptions) {
            return CHOICE;
        }
        return switch (type) {
            case AttributeDefinition.PASSWORD -> PASSWORD;
            case AttributeDefinition.INTEGER, AttributeDefinition.SHORT, AttributeDefinition.BYTE -> INTEGER;
            case AttributeDefinition.LONG, AttributeDefinition.BIGINTEGER -> LONG;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL -> DECIMAL;
            default -> TEXT;
        };
    }
}
