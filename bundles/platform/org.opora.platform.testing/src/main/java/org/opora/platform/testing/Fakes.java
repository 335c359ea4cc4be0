package org.opora.platform.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Another module's API as a service test needs it: an interface whose implementation answers only the methods the
 * test names; a default method without an answer runs as written, and any other call fails the test with an
 * {@link AssertionError}, so that a service starting to use more of the API is noticed.
 *
 * <pre>{@code
 * StaffService staff = Fakes.of(StaffService.class, Map.of(
 *         "get", args -> members.get((long) args[0]),
 *         "byUsername", args -> Optional.empty()));
 * }</pre>
 */
public final class Fakes {

    /** What the fake answers to one method: the call's arguments (never {@code null}) to its result. */
    @FunctionalInterface
    public interface Answer {

        Object apply(Object[] args) throws Throwable;
    }

    private Fakes() {
    }

    /** The interface answering the methods named; a method's overloads share its answer. */
    public static <T> T of(Class<T> type, Map<String, Answer> answers) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "fake " + type.getSimpleName();
                };
            }
            Answer answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args == null ? new Object[0] : args);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(self, method, args);
            }
            throw new AssertionError("unexpected call of a fake: " + type.getSimpleName() + "." + method.getName());
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
