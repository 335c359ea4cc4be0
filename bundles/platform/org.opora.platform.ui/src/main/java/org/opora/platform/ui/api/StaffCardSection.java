package org.opora.platform.ui.api;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A tab on the card of a member of staff, contributed by a module (e.g. the methodological support of a teacher).
 * A DS component registered as this service and annotated with {@link CardSection}, as a pupil-card section is; the
 * staff card shows it to users holding its permission, after the core's own tab. The section must audit the
 * confidential reads it makes.
 *
 * @since 1.2
 */
@ConsumerType
public interface StaffCardSection {

    /**
     * The tab's content for one member of staff, by the id of the core's staff record; called on the UI thread when
     * the tab is opened.
     */
    Component create(long staffId);
}
