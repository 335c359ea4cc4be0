package org.opora.core.api;

import org.osgi.annotation.versioning.ProviderType;

/** Input that breaks a rule; nothing was stored. {@link #field()} names the form field when there is one. */
@ProviderType
public class ValidationException extends CoreException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ValidationException(String field, String messageKey, Object... params) {
        super(messageKey, params);
        this.field = field == null ? "" : field;
    }

    /** The field the message belongs to, e.g. {@code birthDate}; empty for the record as a whole. */
    public String field() {
        return field;
    }
}
