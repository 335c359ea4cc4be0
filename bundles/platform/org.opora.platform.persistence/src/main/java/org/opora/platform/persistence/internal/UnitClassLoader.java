package org.opora.platform.persistence.internal;

import java.net.URL;
import java.util.List;

/**
 * The class loader of a persistence unit: the module bundle's loader first, then EclipseLink's own bundles.
 * EclipseLink loads its runtime classes (e.g. {@code IndirectList} for collections) through the unit's loader,
 * and a module bundle does not import them.
 */
final class UnitClassLoader extends ClassLoader {

    private final List<ClassLoader> fallbacks;

    UnitClassLoader(ClassLoader bundleLoader, List<ClassLoader> fallbacks) {
        super(bundleLoader);
        this.fallbacks = List.copyOf(fallbacks);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader cl : fallbacks) {
            try {
                return cl.loadClass(name);
            } catch (ClassNotFoundException next) {
                // try the next loader
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader cl : fallbacks) {
            URL url = cl.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }
}
