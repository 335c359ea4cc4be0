package org.opora.itest;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A module's exported API used reflectively, through classes loaded from the module's own API bundle. A probe wired
 * to a feature's API packages would itself be refreshed (and its test aborted) when the feature is uninstalled, so
 * the tests that install and uninstall a module reach it this way.
 */
final class ModuleApi {

    private final BundleContext context;
    private final String apiBundle;
    private final long timeout;

    /**
     * @param apiBundle symbolic name of the API bundle, which is also its root package (e.g. {@code org.opora.core.api})
     */
    ModuleApi(BundleContext context, String apiBundle, long timeout) {
        this.context = context;
        this.apiBundle = apiBundle;
        this.timeout = timeout;
    }

    /** A type of the API by its name relative to the root package, e.g. {@code pupil.PupilQuery}. */
    Class<?> type(String relativeName) throws ClassNotFoundException {
        for (Bundle b : context.getBundles()) {
            if (apiBundle.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE) {
                return b.loadClass(apiBundle + "." + relativeName);
            }
        }
        throw new AssertionError("no active bundle " + apiBundle);
    }

    /** The service registered under the API interface, waiting for it to appear. */
    Object service(String relativeName) throws Exception {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter("(objectClass=" + apiBundle + "." + relativeName + ")"), null);
        tracker.open(true);
        Object service = tracker.waitForService(timeout);
        if (service == null) {
            throw new AssertionError("no service " + relativeName);
        }
        return service;
    }

    /** A record or class of the API made with the public constructor taking that many arguments. */
    Object make(String relativeName, Object... args) throws Exception {
        for (Constructor<?> c : type(relativeName).getConstructors()) {
            if (c.getParameterCount() == args.length) {
                return c.newInstance(args);
            }
        }
        throw new AssertionError("no constructor " + relativeName + "/" + args.length);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    Object constant(String enumName, String value) throws Exception {
        return Enum.valueOf((Class<Enum>) type(enumName), value);
    }

    /** Calls a public method by name and argument count; the target may be a class for a static method. */
    static Object call(Object target, String name, Object... args) throws Exception {
        Class<?> cls = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : cls.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    m.setAccessible(true);
                    return m.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(name + " failed", e.getCause());
                }
            }
        }
        throw new AssertionError("no method " + name + "/" + args.length + " on " + cls);
    }
}
