package org.opora.programmes.ui.internal.programme;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

/**
 * The programmes list opened on the tab of individual plans with one pupil chosen
 * ({@code programmes/plans/<pupilId>}): where the coordinator's duty "no individual plan drawn up" (001 §6.1)
 * leads, so that the plan is started for that pupil at once.
 */
public class PlansOfPupilView extends ProgrammesView implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    public PlansOfPupilView(Services services) {
        super(services);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long pupilId) {
        if (pupilId != null) {
            showPlansOf(pupilId);
        }
    }
}
