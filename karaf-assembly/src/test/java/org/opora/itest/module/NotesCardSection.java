package org.opora.itest.module;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import org.opora.platform.ui.api.PupilCardSection;

/** The test module's tab on the pupil card. */
public class NotesCardSection implements PupilCardSection {

    @Override
    public Component create(long pupilId) {
        return new Span("notes of pupil " + pupilId);
    }
}
