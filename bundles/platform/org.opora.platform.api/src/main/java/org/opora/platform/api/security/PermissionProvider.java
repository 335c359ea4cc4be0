package org.opora.platform.api.security;

import java.util.Collection;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module declares the permissions it checks. The platform collects all
 * providers, shows their permissions in the roles editor and stores the role to permission mapping.
 */
@ConsumerType
public interface PermissionProvider {

    /** The permissions of this module; the same every time it is called. */
    Collection<PermissionDefinition> permissions();
}
