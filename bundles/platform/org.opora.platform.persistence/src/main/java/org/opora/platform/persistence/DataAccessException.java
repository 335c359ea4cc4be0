package org.opora.platform.persistence;

import org.osgi.annotation.versioning.ProviderType;

/** The database refused or failed an operation; the transaction was rolled back. */
@ProviderType
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
