package org.opora.core.api;

import org.osgi.annotation.versioning.ProviderType;

/** The record asked for does not exist (or was never visible to the caller). */
@ProviderType
public class NotFoundException extends CoreException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String recordType, Object id) {
        super("core.error.notFound", recordType, String.valueOf(id));
    }
}
