package org.opora.platform.ui.internal.vaadin;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.opora.platform.ui.internal.ViewEntry;
import org.opora.platform.ui.internal.ViewRegistry;

/**
 * Mirrors the view whiteboard into Vaadin's route registry: routes are set and removed programmatically, as
 * modules come and go (there is no {@code @Route} scanning in OSGi).
 */
final class RouteBinder {

    private final ViewRegistry views;
    private final Class<? extends RouterLayout> mainLayout;
    private ApplicationRouteRegistry registry;
    private Runnable unlisten = () -> { };

    RouteBinder(ViewRegistry views, Class<? extends RouterLayout> mainLayout) {
        this.views = views;
        this.mainLayout = mainLayout;
    }

    synchronized void attach(ApplicationRouteRegistry routes, Set<HostRoute> hostRoutes,
            Set<Class<? extends Component>> errorViews) {
        this.registry = routes;
        RouteConfiguration config = RouteConfiguration.forRegistry(routes);
        for (HostRoute r : hostRoutes) {
            if (r.layout() == null) {
                config.setRoute(r.path(), r.view());
            } else {
                config.setRoute(r.path(), r.view(), r.layout());
            }
        }
        routes.setErrorNavigationTargets(errorViews);
        unlisten = views.listen(change -> {
            if (change.entry() == null) {
                return;
            }
            if (change.added()) {
                add(change.entry());
            } else {
                remove(change.entry());
            }
        });
        views.all().forEach(this::add);
    }

    synchronized void detach() {
        unlisten.run();
        registry = null;
    }

    private synchronized void add(ViewEntry entry) {
        if (registry != null && !RouteConfiguration.forRegistry(registry).isPathAvailable(entry.route())) {
            RouteConfiguration.forRegistry(registry).setRoute(entry.route(), entry.viewType(), mainLayout);
        }
    }

    private synchronized void remove(ViewEntry entry) {
        if (registry != null) {
            // by class as well: a view taking a URL parameter is registered under a "route/:parameter" template
            // that removing the path alone leaves behind
            RouteConfiguration config = RouteConfiguration.forRegistry(registry);
            config.removeRoute(entry.route());
            config.removeRoute(entry.viewType());
        }
    }
}
