package org.opora.patronage.impl.internal.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.ValidationException;

/**
 * The categories of patronage and those for which it is mandatory (003 section 1.3: pupils with deviant behaviour
 * and failing pupils; the at-risk group generally). A category is a pupil flag of the core: a pupil whose flag of a
 * mandatory category is set today and who has no open case is a duty of the coordinator.
 */
public final class MandatoryCategoryRule {

    private final List<String> categories;
    private final List<String> mandatory;

    public MandatoryCategoryRule(List<String> categories, List<String> mandatory) {
        this.categories = List.copyOf(categories);
        this.mandatory = List.copyOf(mandatory);
    }

    /** The category of a case; refused when empty or not configured. */
    public String requireKnown(String field, String category) {
        if (category == null || category.isBlank()) {
            throw new ValidationException(field, "core.error.required");
        }
        if (!categories.contains(category)) {
            throw new ValidationException(field, "patronage.rule.unknownCategory");
        }
        return category;
    }

    /** The mandatory categories, in the configured order. */
    public List<String> mandatory() {
        return mandatory;
    }

    public boolean isMandatory(String category) {
        return mandatory.contains(category);
    }

    /**
     * The first mandatory category among the flags a pupil has today, if the pupil has no open case; empty when
     * the pupil needs no case or has one.
     */
    public Optional<String> missingCase(Collection<String> activeFlags, boolean hasOpenCase) {
        if (hasOpenCase) {
            return Optional.empty();
        }
        return mandatory.stream().filter(activeFlags::contains).findFirst();
    }
}
