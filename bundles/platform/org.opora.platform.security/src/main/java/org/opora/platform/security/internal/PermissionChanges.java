package org.opora.platform.security.internal;

import java.util.Map;

import org.opora.platform.api.security.PlatformPermissions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Announces changed permissions on {@link PlatformPermissions#CHANGED_TOPIC} so that open pages can follow, and
 * accounts whose sessions must end on {@link PlatformPermissions#SESSIONS_END_TOPIC}.
 */
@Component(service = PermissionChanges.class)
public class PermissionChanges {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    /** Posts the event asynchronously, after the change was committed. */
    public void announce(String what) {
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(PlatformPermissions.CHANGED_TOPIC, Map.of("change", what)));
        }
    }

    /**
     * Tells the intranet to end the account's open sessions ({@link PlatformPermissions#SESSIONS_END_TOPIC}), after
     * the change was committed; synchronously, so that no page of the account is served after the call returns.
     */
    public void endSessions(String username, String why) {
        EventAdmin ea = events;
        if (ea != null) {
            ea.sendEvent(new Event(PlatformPermissions.SESSIONS_END_TOPIC,
                    Map.of(PlatformPermissions.ACCOUNT, username, "change", why)));
        }
    }
}
