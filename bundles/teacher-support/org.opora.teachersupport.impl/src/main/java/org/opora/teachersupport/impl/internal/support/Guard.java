package org.opora.teachersupport.impl.internal.support;

import org.opora.core.support.ModuleGuard;
import org.opora.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The permission checks of the teacher-support services, with the platform's security context ({@link ModuleGuard}). */
@Component(service = Guard.class)
public class Guard extends ModuleGuard {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SecurityContext securityContext;

    @Override
    protected SecurityContext securityContext() {
        return securityContext;
    }
}
