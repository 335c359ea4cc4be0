package org.opora.platform.ui.testing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;

/**
 * Shared by the view tests of every bundle (published as this bundle's test jar). A UI without a browser or servlet container, for tests that build the views and click their buttons on the
 * server side. There is no i18n provider: texts are the keys in Vaadin's "!{key}!" form. {@code ui.access} runs
 * the command at once, on the calling thread.
 */
public final class TestUi {

    /** Vaadin keeps the current UI and session only weakly; the test keeps them alive. */
    private static UI ui;
    private static VaadinSession session;
    /** Grids that asked for their first rows already; asking again would fetch again. */
    private static final Map<Grid<?>, Boolean> shown = new IdentityHashMap<>();

    private TestUi() {
    }

    public static UI open() {
        session = new VaadinSession(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean hasLock() {
                return true;
            }

            @Override
            public void lock() {
                // one thread, nothing to lock
            }

            @Override
            public void unlock() {
                // one thread, nothing to unlock
            }

            @Override
            public Future<Void> access(Command command) {
                command.execute();
                return CompletableFuture.completedFuture(null);
            }
        };
        VaadinSession.setCurrent(session);
        ui = new UI();
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);
        return ui;
    }

    public static void close() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
        ui = null;
        session = null;
        shown.clear();
    }

    /**
     * Runs what Vaadin defers to the end of a round trip (e.g. attaching an opened dialog), with every grid showing
     * its first rows as a browser would (their component columns exist only then).
     */
    public static void roundTrip() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<Grid<?>> grids = all(UI.getCurrent()).filter(Grid.class::isInstance).<Grid<?>>map(c -> (Grid<?>) c)
                .toList();
        grids.stream().filter(g -> !shown.containsKey(g)).forEach(g -> {
            shown.put(g, Boolean.TRUE);
            g.getDataCommunicator().setRequestedRange(0, 50);
        });
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    /** Every component below the root, tab sheet contents included. */
    public static Stream<Component> all(Component root) {
        List<Component> found = new ArrayList<>();
        collect(root, found);
        return found.stream();
    }

    private static void collect(Component c, List<Component> found) {
        if (found.contains(c)) {
            return;
        }
        found.add(c);
        c.getChildren().forEach(ch -> collect(ch, found));
        collect(c.getElement(), found);
        if (c instanceof TabSheet tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                collect(tabs.getComponent(tabs.getTabAt(i)), found);
            }
        }
    }

    /** Elements below, virtual children (dialog header and footer) included. */
    private static void collect(Element e, List<Component> found) {
        e.getChildren().forEach(ch -> ch.getComponent().ifPresentOrElse(c -> collect(c, found),
                () -> collect(ch, found)));
        if (e.isTextNode() || !e.getNode().hasFeature(VirtualChildrenList.class)) {
            return;
        }
        VirtualChildrenList virtual = e.getNode().getFeature(VirtualChildrenList.class);
        for (int i = 0; i < virtual.size(); i++) {
            Element child = Element.get(virtual.get(i));
            child.getComponent().ifPresentOrElse(c -> collect(c, found), () -> collect(child, found));
        }
    }

    /** The ids below the root. */
    public static Set<String> ids(Component root) {
        Set<String> ids = new TreeSet<>();
        all(root).forEach(c -> c.getId().ifPresent(ids::add));
        return ids;
    }

    /** The ids anywhere in the UI, dialogs included. */
    public static Set<String> ids() {
        roundTrip();
        return ids(UI.getCurrent());
    }

    /** The component with the id anywhere in the UI (dialogs included). */
    public static <T extends Component> T find(String id, Class<T> type) {
        return maybe(id, type).orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    /** The component with the id, if the UI has one. */
    public static <T extends Component> Optional<T> maybe(String id, Class<T> type) {
        roundTrip();
        return all(UI.getCurrent()).filter(x -> x.getId().filter(id::equals).isPresent()).findFirst()
                .map(type::cast);
    }

    /** Makes a grid fetch its first page, as a browser showing it would. */
    public static void fetch(Grid<?> grid) {
        grid.getDataCommunicator().setRequestedRange(0, 50);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    /** All items of an in-memory grid (a lazy grid asks its service for everything). */
    public static <T> List<T> items(Grid<T> grid) {
        fetch(grid);
        return grid.getGenericDataView().getItems().toList();
    }
}
