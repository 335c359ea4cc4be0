package org.opora.core.api;

import org.osgi.annotation.versioning.ProviderType;

/** Somebody else changed the record since it was read; the user reloads it and repeats the change. */
@ProviderType
public class ConflictException extends CoreException {

    private static final long serialVersionUID = 1L;

    public ConflictException() {
        super("core.error.conflict");
    }
}
