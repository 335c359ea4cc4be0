package org.opora.platform.ui.internal.vaadin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.net.URL;
import java.util.Set;

import jakarta.servlet.ServletContext;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;

import org.junit.jupiter.api.Test;

/**
 * The Vaadin internals the host relies on because there are no servlet-container initializers on the OSGi
 * whiteboard. If a Vaadin upgrade renames or changes one of them, this fails here rather than with a blank page in
 * the distribution.
 */
class VaadinWiringTest {

    @Test
    void lookupCanBeInitialisedByHand() throws Exception {
        Method process = LookupServletContainerInitializer.class.getMethod("process", Set.class, ServletContext.class);
        assertNotNull(process);
        assertDoesNotThrow(() -> LookupInitializer.class.getConstructor());
    }

    @Test
    void routesCanBeRegisteredAndRemovedProgrammatically() throws Exception {
        assertNotNull(ApplicationRouteRegistry.class.getMethod("getInstance", VaadinContext.class));
        assertNotNull(ApplicationRouteRegistry.class.getMethod("setErrorNavigationTargets", Set.class));
        assertNotNull(RouteConfiguration.class.getMethod("forRegistry",
                com.vaadin.flow.server.RouteRegistry.class));
        assertNotNull(RouteConfiguration.class.getMethod("setRoute", String.class, Class.class, Class[].class));
        assertNotNull(RouteConfiguration.class.getMethod("removeRoute", String.class));
    }

    @Test
    void staticResourcesAndInstantiationAreOverridable() throws Exception {
        Method staticResource = VaadinServletService.class.getMethod("getStaticResource", String.class);
        assertEquals(URL.class, staticResource.getReturnType());
        Method getOrCreate = DefaultInstantiator.class.getMethod("getOrCreate", Class.class);
        assertEquals(Object.class, getOrCreate.getReturnType());
        assertNotNull(com.vaadin.flow.server.VaadinService.class.getDeclaredMethod("createInstantiator"));
    }

    @Test
    void thePrecompiledFrontEndIsInTheBundle() {
        ClassLoader cl = VaadinWiringTest.class.getClassLoader();
        assertNotNull(cl.getResource("META-INF/VAADIN/config/flow-build-info.json"), "flow-build-info.json");
        assertNotNull(cl.getResource("META-INF/VAADIN/webapp/index.html"), "pre-compiled index.html");
        assertNotNull(Component.class);
    }
}
