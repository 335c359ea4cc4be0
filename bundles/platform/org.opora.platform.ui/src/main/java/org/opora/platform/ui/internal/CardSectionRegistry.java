package org.opora.platform.ui.internal;

import java.util.List;
import java.util.Map;

import org.opora.platform.api.security.OporaUser;
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

    private final CardSectionBoard<PupilCardSection, Entry> board = new CardSectionBoard<>(Entry::new);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSection(PupilCardSection section, Map<String, Object> props) {
        board.add(section, props);
    }

    void removeSection(PupilCardSection section) {
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
