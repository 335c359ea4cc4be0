package org.opora.platform.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.CardSection;

/**
 * The sections of one card (the pupil's, a member of staff's): the contributed services with their {@link
 * CardSection} properties, who may see each, and who listens for sections coming and going. The registries of the
 * cards hold one each and add only their DS references.
 *
 * @param <S> the contribution's service type
 * @param <E> the entry the card's API hands out
 */
final class CardSectionBoard<S, E> {

    /** Makes the API's entry of a section from its properties. */
    @FunctionalInterface
    interface Entries<S, E> {
        E entry(String id, String titleKey, int order, S section);
    }

    private record Installed<E>(E entry, String id, int order, String permission) {
    }

    private final Entries<S, E> entries;
    private final Map<S, Installed<E>> sections = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    CardSectionBoard(Entries<S, E> entries) {
        this.entries = entries;
    }

    /** A section came, with the service properties {@code opora.card.*} of its {@link CardSection}. */
    void add(S section, Map<String, ?> props) {
        String p = CardSection.PREFIX_;
        String id = String.valueOf(props.get(p + "id"));
        int order = props.get(p + "order") instanceof Number n ? n.intValue() : 500;
        Object permission = props.get(p + "permission");
        sections.put(section, new Installed<>(entries.entry(id, String.valueOf(props.get(p + "titleKey")), order,
                section), id, order, permission == null ? "" : String.valueOf(permission)));
        changed();
    }

    /** A section left. */
    void remove(S section) {
        if (sections.remove(section) != null) {
            changed();
        }
    }

    /** The sections the user may see, by order, then id. */
    List<E> visibleTo(OporaUser user) {
        return sections.values().stream().filter(s -> user.has(s.permission()))
                .sorted(Comparator.comparingInt((Installed<E> s) -> s.order()).thenComparing(Installed::id))
                .map(Installed::entry).toList();
    }

    /** Adds a listener; the handle returned removes it. */
    Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
