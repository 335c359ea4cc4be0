package org.opora.programmes.demo.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A typed configuration (an {@code @ObjectClassDefinition} annotation) as DS hands it over: the annotation's
 * defaults, with some values replaced: the module's configuration components of the tests that check the demo against
 * the module's own rules. (A copy of the programmes' test helper, which is not published.)
 */
final class Configs {

    private Configs() {
    }

    static <A> A of(Class<A> type, Map<String, Object> values) {
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

    static <A> A defaults(Class<A> type) {
        return of(type, Map.of());
    }
}
