package org.opora.platform.admin.internal.settings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * Converts between the text of a form field and the typed value stored in a configuration, and checks the text
 * against the attribute's type, cardinality and the metatype definition's own validation (ranges, options).
 * Several values are written one a line.
 */
public final class SettingValues {

    /** Key of a validation message shown as the validator wrote it. */
    static final String OTHER = "admin.settings.error.other";

    private SettingValues() {
    }

    /**
     * The outcome of reading a field: a value, or an error (an i18n key with a detail for its {@code {0}}).
     *
     * @param value    the typed value; null when the field was left empty (the default applies)
     * @param errorKey i18n key of the error, null if valid
     * @param detail   detail of the error (the offending value or the validator's message)
     * @param bounds   the allowed range of a number, for the message's {@code {1}} and {@code {2}}; empty for none
     */
    public record Parsed(Object value, String errorKey, String detail, List<String> bounds) {

        public Parsed {
            bounds = bounds == null ? List.of() : List.copyOf(bounds);
        }

        static Parsed ok(Object value) {
            return new Parsed(value, null, null, List.of());
        }

        static Parsed error(String key, String detail) {
            return new Parsed(null, key, detail, List.of());
        }

        /** The message's parameters: the detail, then the bounds. */
        public Object[] params() {
            List<String> all = new ArrayList<>();
            all.add(detail == null ? "" : detail);
            all.addAll(bounds);
            return all.toArray();
        }

        public boolean valid() {
            return errorKey == null;
        }
    }

    /** A stored value as the form shows it: several values one a line; nothing for null. */
    public static String toText(Object value) {
        if (value == null) {
            return "";
        }
        if (value.getClass().isArray()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                lines.add(String.valueOf(Array.get(value, i)));
            }
            return String.join("\n", lines);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        }
        if (value instanceof Iterable<?> it) {
            return StreamSupport.stream(it.spliterator(), false).map(String::valueOf).collect(Collectors.joining("\n"));
        }
        return String.valueOf(value);
    }

    /** Reads a field's text: empty means "the default"; otherwise typed, checked and (for several values) split. */
    public static Parsed parse(SettingField field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.ok(null);
        }
        if (!field.multiValued()) {
            Checked c = one(field, t);
            return c.error != null ? c.error : Parsed.ok(c.value);
        }
        List<String> lines = t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > field.maxValues()) {
            return Parsed.error("admin.settings.error.tooMany", String.valueOf(field.maxValues()));
        }
        List<Object> values = new ArrayList<>();
        for (String line : lines) {
            Checked c = one(field, line);
            if (c.error != null) {
                return c.error;
            }
            values.add(c.value);
        }
        return Parsed.ok(field.cardinality() > 0 ? toArray(field.type(), values) : values);
    }

    /** The typed value of one piece of text. */
    public static Object convert(int type, String text) {
        String t = text.strip();
        return switch (type) {
            case AttributeDefinition.INTEGER -> Integer.valueOf(t);
            case AttributeDefinition.LONG -> Long.valueOf(t);
            case AttributeDefinition.SHORT -> Short.valueOf(t);
            case AttributeDefinition.BYTE -> Byte.valueOf(t);
            case AttributeDefinition.DOUBLE -> Double.valueOf(t);
            case AttributeDefinition.FLOAT -> Float.valueOf(t);
            case AttributeDefinition.BIGINTEGER -> new BigInteger(t);
            case AttributeDefinition.BIGDECIMAL -> new BigDecimal(t);
            case AttributeDefinition.BOOLEAN -> parseBoolean(t);
            case AttributeDefinition.CHARACTER -> character(t);
            default -> text;
        };
    }

    /** The Java type that holds one value of a metatype type. */
    static Class<?> javaType(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.BIGINTEGER -> BigInteger.class;
            case AttributeDefinition.BIGDECIMAL -> BigDecimal.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            default -> String.class;
        };
    }

    /** One value read from text, or why it could not be. */
    private record Checked(Object value, Parsed error) {
    }

    private static Checked one(SettingField field, String text) {
        Object value;
        try {
            value = convert(field.type(), text);
        } catch (IllegalArgumentException e) {
            return new Checked(null, Parsed.error(typeErrorKey(field.type()), text));
        }
        if (!field.options().isEmpty() && field.options().stream().noneMatch(o -> o.value().equals(text))) {
            return new Checked(null, Parsed.error("admin.settings.error.option", text));
        }
        String problem = field.definition() == null ? null : field.definition().validate(escape(field, text));
        if (problem != null && !problem.isEmpty()) {
            String key = validationKey(problem);
            if ("admin.settings.error.max".equals(key) || "admin.settings.error.min".equals(key)) {
                return new Checked(null, outOfRange(field, key, text));
            }
            return new Checked(null, Parsed.error(key, OTHER.equals(key) ? problem : text));
        }
        return new Checked(value, null);
    }

    /** A number out of its range naming the range; a text too long or too short as such. */
    private static Parsed outOfRange(SettingField field, String key, String text) {
        if (field.type() == AttributeDefinition.STRING) {
            return Parsed.error(key.endsWith(".max") ? "admin.settings.error.tooLong" : "admin.settings.error.tooShort",
                    text);
        }
        return SettingRange.of(field).map(r -> new Parsed(null, r.key(), text, List.of(r.bounds())))
                .orElse(Parsed.error("admin.settings.error.invalid", text));
    }

    /** The error of a number field whose text is no number or too large for it, naming the range when known. */
    public static Parsed notANumber(SettingField field) {
        return SettingRange.of(field).filter(r -> r.min() != null && r.max() != null)
                .map(r -> new Parsed(null, "admin.settings.error.numberRange", "", List.of(r.bounds())))
                .orElse(Parsed.error("admin.settings.error.number", ""));
    }

    private static String typeErrorKey(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT,
                    AttributeDefinition.BYTE, AttributeDefinition.BIGINTEGER -> "admin.settings.error.integer";
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL ->
                    "admin.settings.error.decimal";
            case AttributeDefinition.BOOLEAN -> "admin.settings.error.boolean";
            default -> "admin.settings.error.invalid";
        };
    }

    /**
     * The i18n key for a metatype validation message. Felix answers with fixed texts ({@code %greater than maximum}
     * …) — for strings the range is a length; anything else is shown as the validator wrote it.
     */
    static String validationKey(String problem) {
        String p = problem.startsWith("%") ? problem.substring(1) : problem;
        return switch (p.toLowerCase(Locale.ROOT)) {
            case "greater than maximum" -> "admin.settings.error.max";
            case "less than minimum" -> "admin.settings.error.min";
            case "not a valid option" -> "admin.settings.error.option";
            case "missing value" -> "admin.settings.error.missing";
            case "invalid value" -> "admin.settings.error.invalid";
            default -> OTHER;
        };
    }

    /** For a multi-valued definition, {@code validate} reads a comma-separated list: one value is escaped. */
    private static String escape(SettingField field, String text) {
        return field.multiValued() ? text.replace("\\", "\\\\").replace(",", "\\,") : text;
    }

    private static Boolean parseBoolean(String t) {
        if ("true".equalsIgnoreCase(t) || "false".equalsIgnoreCase(t)) {
            return Boolean.valueOf(t);
        }
        throw new IllegalArgumentException("not a boolean: " + t);
    }

    private static Character character(String t) {
        if (t.length() != 1) {
            throw new IllegalArgumentException("not one character: " + t);
        }
        return t.charAt(0);
    }

    private static Object toArray(int type, List<Object> values) {
        Object array = Array.newInstance(javaType(type), values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }
}
