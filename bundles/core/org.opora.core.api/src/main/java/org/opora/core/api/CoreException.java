package org.opora.core.api;

import java.util.Arrays;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A failure a user can understand: it carries an i18n key of the core's message bundle (or of the module that
 * threw it) and its parameters, so the UI shows it in the user's language.
 */
@ConsumerType
public class CoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] params;

    public CoreException(String messageKey, Object... params) {
        super(messageKey + Arrays.toString(params));
        this.messageKey = messageKey;
        this.params = params.clone();
    }

    /** The i18n key of the message, e.g. {@code core.error.pupil.birthDate}. */
    public String messageKey() {
        return messageKey;
    }

    /** {@link java.text.MessageFormat} parameters of the message. */
    public Object[] params() {
        return params.clone();
    }
}
