package org.opora.platform.ui.internal.vaadin;

import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

import org.opora.platform.ui.internal.HostContext;

/** Vaadin's service with the host's instantiator and static resources read from the host's class path. */
final class HostServletService extends VaadinServletService {

    private static final long serialVersionUID = 1L;

    private final transient HostContext context;
    private final transient Map<Class<?>, Supplier<?>> hostViews;

    HostServletService(VaadinServlet servlet, DeploymentConfiguration configuration, HostContext context,
            Map<Class<?>, Supplier<?>> hostViews) {
        super(servlet, configuration);
        this.context = context;
        this.hostViews = hostViews;
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        return new HostInstantiator(this, context, hostViews);
    }

    /**
     * Resources such as {@code vaadinPush-min.js} live in {@code META-INF/resources} of the embedded jars. The stock
     * lookup goes through the servlet context and, on Jetty 12, {@code Path.of(url.toURI())}, which fails for
     * {@code bundle://} URLs.
     */
    @Override
    public URL getStaticResource(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return HostServletService.class.getClassLoader().getResource("META-INF/resources" + p);
    }
}
