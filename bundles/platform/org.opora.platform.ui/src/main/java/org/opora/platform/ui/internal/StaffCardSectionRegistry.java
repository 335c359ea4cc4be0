package org.opora.platform.ui.internal;

import java.util.List;
import java.util.Map;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.StaffCardSection;
import org.opora.platform.ui.api.StaffCardSections;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The whiteboard of staff-card sections contributed by modules. */
@Component(immediate = true)
public class StaffCardSectionRegistry implements StaffCardSections {

    private final CardSectionBoard<StaffCardSection, Entry> board = new CardSectionBoard<>(Entry::new);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSection(StaffCardSection section, Map<String, Object> props) {
        board.add(section, props);
    }

    void removeSection(StaffCardSection section) {
        board.remove(section);
    }

    @Override
    public List<Entry> visibleTo(OporaUser user) {
        return board.visibleTo(user);
    }

    @Override
    public Runnable onChange(Runnable listener) {
        return board.onChange(listener);
    }
}
