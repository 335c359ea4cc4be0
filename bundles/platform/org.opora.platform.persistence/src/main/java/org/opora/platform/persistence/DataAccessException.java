package org.opora.platform.persistence;

/** The database refused or failed an operation; the transaction was rolled back. */
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
