package org.opora.platform.admin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.server.VaadinSession;

/**
 * A UI without a browser or servlet container, for tests that build the views and click their buttons on the
 * server side. There is no i18n provider: texts are the keys in Vaadin's "!{key}!" form.
 */
public final class TestUi {

    private TestUi() {
    }

    public static UI open() {
        VaadinSession session = new VaadinSession(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean hasLock() {
                return true;
            }
        };
        VaadinSession.setCurrent(session);
        UI ui = new UI();
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);
        return ui;
    }

    public static void close() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
    }

    /** Runs what Vaadin defers to the end of a round trip (e.g. attaching an opened dialog). */
    public static void roundTrip() {
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

    /** The component with the id anywhere in the UI (dialogs included). */
    public static <T extends Component> T find(String id, Class<T> type) {
        roundTrip();
        Optional<Component> c = all(UI.getCurrent()).filter(x -> x.getId().filter(id::equals).isPresent())
                .findFirst();
        return type.cast(c.orElseThrow(() -> new AssertionError("no component with id " + id)));
    }
}
