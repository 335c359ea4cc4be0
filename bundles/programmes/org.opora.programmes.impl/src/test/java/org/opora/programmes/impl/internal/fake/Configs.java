package org.opora.programmes.impl.internal.fake;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A typed configuration (an {@code @ObjectClassDefinition} annotation) as DS hands it over: the annotation's
 * defaults, with some values replaced. Lets the configuration components be tested without a framework.
 */
public final class Configs {

    private Configs() {
    }

    public static <A> A of(Class<A> type, Map<String, Object> values) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, method, args) -> {
            if (values.containsKey(method.getName())) {
                return values.get(method.getName());
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            return switch (method.getName()) {
                case "annotationType" -> type;
                case "hashCode" -> System.identityHashCode(p);
                case "equals" -> p == args[0];
                case "toString" -> type.getSimpleName() + values;
                default -> throw new IllegalStateException("no value for " + method.getName());
            };
        });
        return type.cast(proxy);
    }

    public static <A> A defaults(Class<A> type) {
        return of(type, Map.of());
    }
}
