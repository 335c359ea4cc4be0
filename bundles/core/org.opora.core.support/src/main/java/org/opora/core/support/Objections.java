package org.opora.core.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;

/**
 * The objections to a form gathered field by field, so that a service refuses with all of them at once: each check
 * runs whatever the ones before it found, and {@link #refuseAny()} throws them together (one {@link ValidationErrors}
 * for several). For checks that give a cleaned value back; {@link FieldChecks#all} serves those that do not. A check
 * that refuses with several objections itself (a {@link ValidationErrors}) adds each of them.
 *
 * <pre>
 * Objections o = new Objections();
 * String title = o.value(() -&gt; FieldChecks.required("title", d.title(), 500));
 * LocalDate on = o.value(() -&gt; FieldChecks.notFuture("date", d.date(), today));
 * o.refuseAny();
 * </pre>
 */
public final class Objections {

    private final List<ValidationException> found = new ArrayList<>();

    /** The check's value; {@code null} when it objected (the objection is kept). */
    public <T> T value(Supplier<T> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            keep(e);
            return null;
        }
    }

    /** Runs a check that gives nothing back; an objection is kept. */
    public void check(Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            keep(e);
        }
    }

    /** Keeps an objection; the objections of a check that gathered several itself are kept one by one. */
    private void keep(ValidationException e) {
        if (e instanceof ValidationErrors all) {
            found.addAll(all.errors());
        } else {
            found.add(e);
        }
    }

    /** Whether a check objected so far. */
    public boolean any() {
        return !found.isEmpty();
    }

    /** Refuses with every objection kept, in the order the checks ran; does nothing when there was none. */
    public void refuseAny() {
        if (!found.isEmpty()) {
            throw ValidationErrors.of(found);
        }
    }
}
