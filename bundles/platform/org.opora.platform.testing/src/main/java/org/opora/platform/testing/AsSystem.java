package org.opora.platform.testing;

import java.lang.reflect.Method;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opora.platform.api.security.SystemWork;

/**
 * Runs each test method of a class as the platform's own work, as the system ({@link SystemWork#run}), for tests of
 * services that refuse a call without a principal: {@code @ExtendWith(AsSystem.class)}. Set-up and tear-down methods
 * are not wrapped.
 */
public final class AsSystem implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        Throwable[] failure = new Throwable[1];
        SystemWork.run("test: " + call.getExecutable().getName(), () -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
