package org.opora.platform.ui.internal;

import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.servlet.Servlet;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;

import org.opora.platform.api.audit.AuditService;
import org.opora.platform.ui.internal.vaadin.HostRoute;
import org.opora.platform.ui.internal.vaadin.HostServlet;
import org.opora.platform.ui.internal.vaadin.UiContextHelper;
import org.opora.platform.ui.internal.view.AccessDeniedView;
import org.opora.platform.ui.internal.view.HomeView;
import org.opora.platform.ui.internal.view.LoginView;
import org.opora.platform.ui.internal.view.MainLayout;
import org.opora.platform.ui.internal.view.NavigationGuard;
import org.opora.platform.ui.internal.view.NotFoundView;
import org.opora.platform.ui.internal.view.PasswordView;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

/**
 * Puts the intranet on the HTTP whiteboard: its own servlet context at {@code /} and the Vaadin servlet, with the
 * host's routes (home, sign-in), error pages and the navigation guard on every UI.
 */
@Component(immediate = true, service = {}, configurationPid = "org.opora.platform.ui")
@Designate(ocd = UiConfig.class)
public class UiHost implements HostServlet.HostUi {

    static final String CONTEXT_NAME = "opora";

    private final HostContext context;
    private final AtomicReference<UiConfig> config;
    private final ServiceRegistration<ServletContextHelper> contextRegistration;
    private final ServiceRegistration<Servlet> servletRegistration;

    @Activate
    public UiHost(BundleContext bundleContext, @Reference ViewRegistry views, @Reference I18nRegistry i18n,
            @Reference DutyBoard duties, @Reference LoginService login, @Reference AuditService audit,
            @Reference SignedInSessions sessions, UiConfig config) {
        this.config = new AtomicReference<>(config);
        this.context = new HostContext(views, i18n, duties, login, audit, sessions, this.config::get);

        Hashtable<String, Object> cp = new Hashtable<>();
        cp.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME, CONTEXT_NAME);
        cp.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH, "/");
        contextRegistration = bundleContext.registerService(ServletContextHelper.class,
                new UiContextHelper(bundleContext.getBundle()), cp);

        Hashtable<String, Object> sp = new Hashtable<>();
        sp.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT,
                "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + CONTEXT_NAME + ")");
        sp.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "opora-ui");
        sp.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/*");
        sp.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ASYNC_SUPPORTED, Boolean.TRUE);
        String init = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX;
        sp.put(init + "productionMode", "true");
        // with closeIdleSessions the heartbeat alone does not keep an idle user signed in
        sp.put(init + "closeIdleSessions", "true");
        sp.put(init + "heartbeatInterval", "60");
        servletRegistration = bundleContext.registerService(Servlet.class, new HostServlet(context, this), sp);
    }

    /** New settings apply to the next page without restarting the servlet (which would end every session). */
    @Modified
    void modified(UiConfig changed) {
        config.set(changed);
    }

    @Deactivate
    void deactivate() {
        servletRegistration.unregister();
        contextRegistration.unregister();
    }

    @Override
    public Class<? extends RouterLayout> mainLayout() {
        return MainLayout.class;
    }

    @Override
    public Set<HostRoute> routes() {
        return Set.of(new HostRoute("", HomeView.class, MainLayout.class), new HostRoute("login", LoginView.class, null),
                new HostRoute(PasswordView.ROUTE, PasswordView.class, MainLayout.class));
    }

    @Override
    public Set<Class<? extends com.vaadin.flow.component.Component>> errorViews() {
        return Set.of(NotFoundView.class, AccessDeniedView.class);
    }

    @Override
    public Map<Class<?>, Supplier<?>> factories() {
        return Map.of(
                MainLayout.class, () -> new MainLayout(context),
                HomeView.class, () -> new HomeView(context.duties()),
                LoginView.class, () -> new LoginView(context.login(), context.sessions(),
                        context.config().sessionTimeoutMinutes()),
                PasswordView.class, () -> new PasswordView(context.login()));
    }

    @Override
    public void initUi(UI ui) {
        ui.setLocale(ui.getSession().getLocale());
        ui.addBeforeEnterListener(new NavigationGuard(context.views(), context.login()));
    }

    @Override
    public void initSession(VaadinSession session) {
        // Russian is the default whatever the browser asks for; English only when the user chooses it
        session.setLocale(I18nRegistry.RUSSIAN);
    }
}
