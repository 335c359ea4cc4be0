package org.opora.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Several fields of one form broke their rules: every objection at once, so that the form marks them all (added in
 * 1.4). As a {@link ValidationException} it reads as its first objection, for callers that show one message.
 */
@ProviderType
public class ValidationErrors extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationException> errors;

    private ValidationErrors(List<ValidationException> errors) {
        super(errors.get(0).field(), errors.get(0).messageKey(), errors.get(0).params());
        this.errors = List.copyOf(errors);
    }

    /**
     * The objections as one exception: the only one itself, several as a {@code ValidationErrors}.
     *
     * @throws IllegalArgumentException for no objection
     */
    public static ValidationException of(List<ValidationException> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no objection");
        }
        return errors.size() == 1 ? errors.get(0) : new ValidationErrors(errors);
    }

    /** Every objection, in the order of the form's fields. */
    public List<ValidationException> errors() {
        return errors;
    }
}
