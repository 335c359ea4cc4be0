package org.opora.itest.module;

import com.vaadin.flow.component.Component;

import org.opora.platform.ui.api.ViewContribution;

/** Contributes {@link NotesView} at {@value ModuleActivator#ROUTE}. */
public class NotesViewContribution implements ViewContribution {

    @Override
    public Class<? extends Component> viewType() {
        return NotesView.class;
    }

    @Override
    public Component createView() {
        return new NotesView();
    }
}
