package org.opora.platform.ui.internal.vaadin;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

import org.opora.platform.ui.internal.HostContext;

/**
 * The Vaadin servlet of the intranet. No servlet-container initializers run on the whiteboard, so it creates
 * Vaadin's Lookup and the routes itself before Vaadin initialises, and runs every request with the host bundle as
 * context class loader (Vaadin loads its own classes and resources through it).
 */
public final class HostServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;
    private static final ClassLoader HOST_LOADER = HostServlet.class.getClassLoader();

    private final transient HostContext context;
    private final transient HostUi hostUi;
    private final transient RouteBinder routes;

    public HostServlet(HostContext context, HostUi hostUi) {
        this.context = context;
        this.hostUi = hostUi;
        this.routes = new RouteBinder(context.views(), hostUi.mainLayout());
    }

    /** What the host contributes to Vaadin: its own routes, error views, factories and per-UI set-up. */
    public interface HostUi {
        Class<? extends RouterLayout> mainLayout();

        Set<HostRoute> routes();

        Set<Class<? extends Component>> errorViews();

        Map<Class<?>, Supplier<?>> factories();

        void initUi(com.vaadin.flow.component.UI ui);

        void initSession(com.vaadin.flow.server.VaadinSession session);
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        try {
            initWithHostLoader(config);
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }

    private void initWithHostLoader(ServletConfig config) throws ServletException, IOException {
        withHostLoader(() -> {
            new LookupServletContainerInitializer().process(Set.of(LookupInitializer.class), config.getServletContext());
            routes.attach(ApplicationRouteRegistry.getInstance(new VaadinServletContext(config.getServletContext())),
                    hostUi.routes(), hostUi.errorViews());
            super.init(config);
            return null;
        });
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new HostServletService(this, configuration, context, hostUi.factories());
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        getService().addSessionInitListener(e -> hostUi.initSession(e.getSession()));
        getService().addUIInitListener(e -> {
            // no @Push scanning: server push (used to follow modules coming and going) is switched on per UI
            e.getUI().getPushConfiguration().setTransport(Transport.LONG_POLLING);
            e.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            hostUi.initUi(e.getUI());
        });
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        withHostLoader(() -> {
            super.service(request, response);
            return null;
        });
    }

    @Override
    public void destroy() {
        routes.detach();
        super.destroy();
    }

    private interface Work {
        Object run() throws ServletException, IOException;
    }

    private static void withHostLoader(Work work) throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(HOST_LOADER);
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
