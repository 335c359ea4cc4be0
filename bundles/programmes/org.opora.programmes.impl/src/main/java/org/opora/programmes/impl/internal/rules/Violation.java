package org.opora.programmes.impl.internal.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.opora.core.api.ValidationException;

/**
 * One broken rule: the form field it belongs to (empty for the record as a whole), the i18n key of the message,
 * which cites the regulation's clause, and its {@link java.text.MessageFormat} parameters.
 */
public record Violation(String field, String messageKey, List<Object> params) {

    public Violation {
        field = field == null ? "" : field;
        Objects.requireNonNull(messageKey, "messageKey");
        params = List.copyOf(params);
    }

    public static Violation of(String field, String messageKey, Object... params) {
        return new Violation(field, messageKey, Arrays.asList(params));
    }

    /** The violation as the exception the services throw and the UI kit shows on its field. */
    public ValidationException toException() {
        return new ValidationException(field, messageKey, params.toArray());
    }

    /** @throws ValidationException with the first violation, if any */
    public static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw violations.get(0).toException();
        }
    }
}
