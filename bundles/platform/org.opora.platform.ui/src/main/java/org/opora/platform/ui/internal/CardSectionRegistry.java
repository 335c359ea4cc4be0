package org.opora.platform.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.CardSection;
import org.opora.platform.ui.api.PupilCardSection;
import org.opora.platform.ui.api.PupilCardSections;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The whiteboard of pupil-card sections contributed by modules. */
@Component(immediate = true)
public class CardSectionRegistry implements PupilCardSections {

    private final Map<PupilCardSection, Entry> sections = new ConcurrentHashMap<>();
    private final Map<PupilCardSection, String> permissions = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSection(PupilCardSection section, Map<String, Object> props) {
        String p = CardSection.PREFIX_;
        sections.put(section, new Entry(String.valueOf(props.get(p + "id")), String.valueOf(props.get(p + "titleKey")),
                props.get(p + "order") instanceof Number n ? n.intValue() : 500, section));
        permissions.put(section, String.valueOf(props.getOrDefault(p + "permission", "")));
        listeners.forEach(Runnable::run);
    }

    void removeSection(PupilCardSection section) {
        sections.remove(section);
        permissions.remove(section);
        listeners.forEach(Runnable::run);
    }

    @Override
    public List<Entry> visibleTo(OporaUser user) {
        return sections.values().stream().filter(e -> user.has(permissions.get(e.section())))
                .sorted(Comparator.comparingInt(Entry::order).thenComparing(Entry::id)).toList();
    }

    @Override
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
