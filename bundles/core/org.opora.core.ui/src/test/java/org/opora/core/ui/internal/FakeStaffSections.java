package org.opora.core.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.StaffCardSection;
import org.opora.platform.ui.api.StaffCardSections;

/** The host's whiteboard of staff-card sections, with modules the test installs and removes. */
public class FakeStaffSections implements StaffCardSections {

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** A module brings a section. */
    public void install(String id, int order, StaffCardSection section) {
        entries.add(new Entry(id, id + ".card.title", order, section));
        entries.sort(Comparator.comparingInt(Entry::order));
        listeners.forEach(Runnable::run);
    }

    /** A module leaves. */
    public void uninstall(String id) {
        entries.removeIf(e -> e.id().equals(id));
        listeners.forEach(Runnable::run);
    }

    public int listeners() {
        return listeners.size();
    }

    @Override
    public List<Entry> visibleTo(OporaUser user) {
        return List.copyOf(entries);
    }

    @Override
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
