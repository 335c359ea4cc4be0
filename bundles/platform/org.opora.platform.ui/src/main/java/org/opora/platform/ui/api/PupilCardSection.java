package org.opora.platform.ui.api;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A tab on the pupil card, contributed by a module (consilium history, programmes, patronage …). A DS component
 * annotated with {@link CardSection}; the card shows it to users holding its permission. The section must audit
 * the reads it makes.
 */
@ConsumerType
public interface PupilCardSection {

    /** The tab's content for one pupil; called on the UI thread when the tab is opened. */
    Component create(long pupilId);
}
