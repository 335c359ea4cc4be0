package org.opora.itest.module;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The test module's view. */
public class NotesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public NotesView() {
        setId("itest-notes");
        add(new H2("Test module notes"));
    }
}
