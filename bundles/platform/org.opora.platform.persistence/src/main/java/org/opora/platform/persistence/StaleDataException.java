package org.opora.platform.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Somebody else changed the record after it was read (optimistic locking): nothing was saved. The UI tells the
 * user and offers to reload.
 */
@ProviderType
public class StaleDataException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public StaleDataException(Throwable cause) {
        super("The record was changed by someone else", cause);
    }
}
