package org.opora.platform.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;

/**
 * A component's typed configuration ({@code @ObjectClassDefinition} interface) as Declarative Services hands it over:
 * every attribute at its default unless the test gives a value.
 *
 * <pre>{@code
 * CoreRules rules = new CoreRules(TypedConfig.of(RulesConfig.class, Map.of("highestGrade", 9)));
 * }</pre>
 */
public final class TypedConfig {

    private TypedConfig() {
    }

    /** The configuration with every attribute at its default. */
    public static <A extends Annotation> A defaults(Class<A> type) {
        return of(type, Map.of());
    }

    /**
     * The configuration with the given attributes; the others at their defaults.
     *
     * @throws IllegalArgumentException for a value naming no attribute, or of the wrong type
     */
    public static <A extends Annotation> A of(Class<A> type, Map<String, ?> values) {
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Method attribute = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(e.getKey()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            type.getSimpleName() + " has no attribute " + e.getKey()));
            Class<?> expected = boxed(attribute.getReturnType());
            if (!expected.isInstance(e.getValue())) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + e.getKey() + " is a "
                        + attribute.getReturnType().getSimpleName() + ", given " + e.getValue());
            }
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (self, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + values;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> value(type, method, values);
                });
        return type.cast(proxy);
    }

    private static Object value(Class<?> type, Method attribute, Map<String, ?> values) {
        Object value = values.containsKey(attribute.getName()) ? values.get(attribute.getName())
                : attribute.getDefaultValue();
        if (value == null) {
            throw new AssertionError(type.getSimpleName() + "." + attribute.getName() + " has no default: give it");
        }
        return value instanceof Object[] array ? array.clone() : value;
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return switch (c.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
