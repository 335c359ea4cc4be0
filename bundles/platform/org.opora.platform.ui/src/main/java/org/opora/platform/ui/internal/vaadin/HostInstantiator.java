package org.opora.platform.ui.internal.vaadin;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

import org.opora.platform.ui.internal.HostContext;

/**
 * Creates route targets and layouts: the host's own views from factories that pass them the host's services,
 * module views through their contribution ({@code ViewContribution.createView()}), anything else as Vaadin would.
 */
final class HostInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;

    private final transient HostContext context;
    private final transient Map<Class<?>, Supplier<?>> hostViews;

    HostInstantiator(VaadinService service, HostContext context, Map<Class<?>, Supplier<?>> hostViews) {
        super(service);
        this.context = context;
        this.hostViews = hostViews;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Supplier<?> host = hostViews.get(type);
        if (host != null) {
            return type.cast(host.get());
        }
        return context.views().forType(type).map(v -> type.cast(v.contribution().createView()))
                .orElseGet(() -> super.getOrCreate(type));
    }

    @Override
    public I18NProvider getI18NProvider() {
        return context.i18n();
    }
}
