package org.opora.platform.ui.internal;

import org.opora.platform.api.security.PlatformPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Open pages rebuild their navigation when permissions change (a module arrived, an administrator edited a role). */
@Component(property = EventConstants.EVENT_TOPIC + "=" + PlatformPermissions.CHANGED_TOPIC)
public class PermissionRelay implements EventHandler {

    private final ViewRegistry views;

    @Activate
    public PermissionRelay(@Reference ViewRegistry views) {
        this.views = views;
    }

    @Override
    public void handleEvent(Event event) {
        views.refreshAll();
    }
}
