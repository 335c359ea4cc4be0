package org.opora.platform.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard of module views. Listeners (the Vaadin route binder, open layouts) hear of every view that comes
 * or goes, so routes and navigation entries follow the module bundles at run time.
 */
@Component(service = ViewRegistry.class, immediate = true)
public class ViewRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);

    /** What happened to a view; a null entry means "permissions changed, rebuild the navigation". */
    public record Change(ViewEntry entry, boolean added) {
    }

    private final Map<ViewContribution, ViewEntry> views = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addView(ViewContribution contribution, Map<String, Object> properties) {
        ViewEntry entry = ViewEntry.of(contribution, properties);
        if (entry.route().isEmpty() || find(entry.route()).isPresent()) {
            LOG.error("View {} not added: its route '{}' is empty or taken", contribution.viewType().getName(),
                    entry.route());
            return;
        }
        views.put(contribution, entry);
        LOG.info("View /{} added", entry.route());
        fire(new Change(entry, true));
    }

    void removeView(ViewContribution contribution) {
        ViewEntry entry = views.remove(contribution);
        if (entry != null) {
            LOG.info("View /{} removed", entry.route());
            fire(new Change(entry, false));
        }
    }

    /** Tells every listener to rebuild, e.g. because the permissions of users changed. */
    public void refreshAll() {
        fire(new Change(null, true));
    }

    /** All views, in navigation order. */
    public List<ViewEntry> all() {
        return views.values().stream().sorted(Comparator.comparing(ViewEntry::group)
                .thenComparingInt(ViewEntry::order).thenComparing(ViewEntry::route)).toList();
    }

    public Optional<ViewEntry> find(String route) {
        return views.values().stream().filter(v -> v.route().equals(route)).findFirst();
    }

    public Optional<ViewEntry> forType(Class<?> viewType) {
        return views.values().stream().filter(v -> v.viewType() == viewType).findFirst();
    }

    /**
     * Counts the changes so far: a page that built its navigation at one generation and sees a later one has missed
     * a change (e.g. a push that did not reach the browser) and rebuilds.
     */
    public long generation() {
        return generation.get();
    }

    /** Adds a listener; returns a handle that removes it. */
    public Runnable listen(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire(Change change) {
        generation.incrementAndGet();
        for (Consumer<Change> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A view listener failed", e);
            }
        }
    }
}
