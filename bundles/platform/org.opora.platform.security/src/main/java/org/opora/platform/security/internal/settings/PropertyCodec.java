package org.opora.platform.security.internal.settings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The text form of a configuration's properties in the shared settings table, keeping each value's type: what
 * Configuration Admin stores (String, Integer, Long, Boolean, Double, Float, Short, Byte, Character, arrays and lists
 * of them) comes back with the same type, so that {@code updateIfDifferent} sees no change in a value a node already
 * has. A property Configuration Admin or File Install keeps per node ({@code service.pid},
 * {@code felix.fileinstall.filename}…) is never written.
 *
 * <pre>
 * t.maxMinutes=Integer
 * v.maxMinutes=45
 * t.kinds=String[]
 * n.kinds=2
 * v.kinds.0=a \= b
 * v.kinds.1=c
 * </pre>
 */
final class PropertyCodec {

    /** Properties that belong to the node, not to the setting. */
    static final Set<String> NODE_KEYS = Set.of("service.pid", "service.factoryPid", "service.bundleLocation",
            "felix.fileinstall.filename");

    private static final Map<String, Function<String, Object>> PARSERS = Map.of(
            "String", s -> s, "Integer", Integer::valueOf, "Long", Long::valueOf, "Boolean", Boolean::valueOf,
            "Double", Double::valueOf, "Float", Float::valueOf, "Short", Short::valueOf, "Byte", Byte::valueOf,
            "Character", s -> s.charAt(0));
    private static final Map<Class<?>, Class<?>> BOXED = Map.of(int.class, Integer.class, long.class, Long.class,
            boolean.class, Boolean.class, double.class, Double.class, float.class, Float.class, short.class,
            Short.class, byte.class, Byte.class, char.class, Character.class);

    private PropertyCodec() {
    }

    /** The properties as text, without the node's own; keys in order, so equal properties give equal text. */
    static String encode(Dictionary<String, ?> properties) {
        TreeMap<String, String> lines = new TreeMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!NODE_KEYS.contains(key)) {
                put(lines, key, properties.get(key));
            }
        }
        StringBuilder text = new StringBuilder();
        lines.forEach((k, v) -> text.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
        return text.toString();
    }

    /** The properties of {@link #encode} text. */
    static Hashtable<String, Object> decode(String text) {
        Properties lines = new Properties();
        try {
            lines.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        for (String name : lines.stringPropertyNames()) {
            if (!name.startsWith("t.")) {
                continue;
            }
            String key = name.substring(2);
            String type = lines.getProperty(name);
            properties.put(key, value(lines, key, type));
        }
        return properties;
    }

    private static Object value(Properties lines, String key, String type) {
        if (type.endsWith("[]") || type.startsWith("List:")) {
            boolean list = type.startsWith("List:");
            String element = list ? type.substring(5) : type.substring(0, type.length() - 2);
            int n = Integer.parseInt(lines.getProperty("n." + key, "0"));
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(parse(element.startsWith("~") ? element.substring(1) : element,
                        lines.getProperty("v." + key + "." + i, "")));
            }
            if (list) {
                return values;
            }
            boolean primitive = element.startsWith("~");
            Class<?> boxed = boxed(primitive ? element.substring(1) : element);
            Class<?> component = primitive ? BOXED.entrySet().stream().filter(e -> e.getValue() == boxed)
                    .findFirst().orElseThrow().getKey() : boxed;
            Object array = Array.newInstance(component, n);
            for (int i = 0; i < n; i++) {
                Array.set(array, i, values.get(i));
            }
            return array;
        }
        return parse(type, lines.getProperty("v." + key, ""));
    }

    private static void put(TreeMap<String, String> lines, String key, Object value) {
        if (value.getClass().isArray()) {
            Class<?> component = value.getClass().getComponentType();
            String element = component.isPrimitive() ? "~" + BOXED.get(component).getSimpleName()
                    : typeOf(component);
            int n = Array.getLength(value);
            lines.put("t." + key, element + "[]");
            lines.put("n." + key, String.valueOf(n));
            for (int i = 0; i < n; i++) {
                lines.put("v." + key + "." + i, String.valueOf(Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> c) {
            String element = c.isEmpty() ? "String" : typeOf(c.iterator().next().getClass());
            lines.put("t." + key, "List:" + element);
            lines.put("n." + key, String.valueOf(c.size()));
            int i = 0;
            for (Object o : c) {
                lines.put("v." + key + "." + i++, String.valueOf(o));
            }
        } else {
            lines.put("t." + key, typeOf(value.getClass()));
            lines.put("v." + key, String.valueOf(value));
        }
    }

    private static String typeOf(Class<?> type) {
        String name = type.getSimpleName();
        if (!PARSERS.containsKey(name) || !type.getName().startsWith("java.lang.")) {
            throw new IllegalArgumentException("A setting of type " + type.getName() + " cannot be shared");
        }
        return name;
    }

    private static Class<?> boxed(String name) {
        try {
            return Class.forName("java.lang." + name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown setting type " + name, e);
        }
    }

    private static Object parse(String type, String text) {
        Function<String, Object> parser = PARSERS.get(type);
        if (parser == null) {
            throw new IllegalArgumentException("Unknown setting type " + type);
        }
        return parser.apply(text);
    }

    /** As {@link Properties#store} escapes, without its date line. */
    private static String escape(String text, boolean key) {
        Properties one = new Properties();
        one.setProperty(key ? text : "k", key ? "" : text);
        StringWriter out = new StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = out.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElse("=");
        return key ? line.substring(0, line.length() - 1) : line.substring(2);
    }

    /** A copy of a dictionary, for a caller that changes it. */
    static Hashtable<String, Object> copy(Dictionary<String, ?> properties) {
        Hashtable<String, Object> copy = new Hashtable<>();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
                String k = keys.nextElement();
                copy.put(k, properties.get(k));
            }
        }
        return copy;
    }
}
