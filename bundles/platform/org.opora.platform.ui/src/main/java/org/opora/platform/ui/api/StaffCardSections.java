package org.opora.platform.ui.api;

import java.util.List;

import org.opora.platform.api.security.OporaUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed staff-card sections, for the module that shows the staff card. The host keeps the whiteboard of
 * {@link StaffCardSection} services, as {@link PupilCardSections} does for the pupil card.
 *
 * @since 1.2
 */
@ProviderType
public interface StaffCardSections {

    /**
     * One installed section.
     *
     * @param id       section id
     * @param titleKey i18n key of the tab title
     * @param order    position
     * @param section  the contribution
     */
    record Entry(String id, String titleKey, int order, StaffCardSection section) {
    }

    /** The sections the user may see, in order. */
    List<Entry> visibleTo(OporaUser user);

    /** Runs the listener whenever a section comes or goes; returns a handle that removes the listener. */
    Runnable onChange(Runnable listener);
}
