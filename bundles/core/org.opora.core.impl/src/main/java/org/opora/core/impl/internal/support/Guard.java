package org.opora.core.impl.internal.support;

import org.opora.core.support.ModuleGuard;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The permission checks of the core's services (see {@link ModuleGuard}): a call for a signed-in user is checked
 * against their permissions, a call without one acts as the system.
 */
@Component(service = Guard.class)
public class Guard extends ModuleGuard {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SecurityContext securityContext;

    @Override
    protected SecurityContext securityContext() {
        return securityContext;
    }

    /** @throws AccessDeniedException when a signed-in user holds none of the permissions */
    public void requireAny(String... permissions) {
        for (String p : permissions) {
            if (allows(p)) {
                return;
            }
        }
        throw new AccessDeniedException(String.join(" | ", permissions));
    }
}
