package org.opora.core.kit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;

import org.opora.core.api.ConflictException;
import org.opora.core.api.CoreException;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a service threw into something the user can act on: an objection to one input is shown on that field, a
 * concurrent change offers to reload, any other {@link CoreException} is shown translated. Nothing else is expected
 * from a service; it is logged and reported as an internal error.
 *
 * <p>A view runs what the user asked for through it, in one line, instead of catching the failure itself:
 *
 * <pre>{@code
 * Failures.run(() -> agencies.setActive(id, false));
 * Failures.on(fields(), this::reload).run(() -> {
 *     pupils.update(id, version, draft);   // a failure here ends the action:
 *     close();                             // the dialog closes only on success
 * });
 * Optional<Pupil> pupil = Failures.get(() -> pupils.get(id));
 * }</pre>
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /**
     * Runs a user's action. A failure ends the action where it happened and is shown; the rest of the action (a
     * success message, closing a dialog, navigating) therefore happens only on success.
     *
     * @return whether the action ran to its end
     */
    public static boolean run(Runnable action) {
        return on(Map.of()).run(action);
    }

    /**
     * Calls a service for a value a user's action needs; when the call fails, the failure is shown and there is no
     * value.
     *
     * @return the value; empty when the call failed (or returned {@code null})
     */
    public static <T> Optional<T> get(Supplier<T> call) {
        return on(Map.of()).get(call);
    }

    /** Failures of a form's action: an objection to one of these inputs is shown on it. */
    public static Handling on(Map<String, ? extends HasValidation> fields) {
        return new Handling(fields, null);
    }

    /**
     * Failures of a form's action that edits a record: an objection to one of these inputs is shown on it, and a
     * concurrent change offers to reload.
     *
     * @param fields the form's inputs by the field names the service uses in {@link ValidationException#field()}
     * @param reload reads the record afresh after a conflict; {@code null} when there is nothing to reload
     */
    public static Handling on(Map<String, ? extends HasValidation> fields, Runnable reload) {
        return new Handling(fields, reload);
    }

    /** Where the failure of an action is shown: the form's inputs, and what reloads its record after a conflict. */
    public static final class Handling {

        private final Map<String, ? extends HasValidation> fields;
        private final Runnable reload;

        private Handling(Map<String, ? extends HasValidation> fields, Runnable reload) {
            this.fields = fields;
            this.reload = reload;
        }

        /**
         * Runs a user's action; a failure ends it and is shown on the form.
         *
         * @return whether the action ran to its end
         * @see Failures#run(Runnable)
         */
        public boolean run(Runnable action) {
            try {
                action.run();
                return true;
            } catch (RuntimeException e) {
                show(e, fields, reload);
                return false;
            }
        }

        /**
         * Calls a service for a value; a failure is shown on the form.
         *
         * @return the value; empty when the call failed (or returned {@code null})
         */
        public <T> Optional<T> get(Supplier<T> call) {
            try {
                return Optional.ofNullable(call.get());
            } catch (RuntimeException e) {
                show(e, fields, reload);
                return Optional.empty();
            }
        }
    }

    /** The exception's message in the user's language. */
    public static String text(CoreException e) {
        Object[] params = e.params();
        if (e instanceof NotFoundException && params.length == 2) {
            // the record type in words of the user's language, not its code, and an id typed in the address bar cut short
            params = new Object[] {recordType(String.valueOf(params[0])), shorten(String.valueOf(params[1]))};
        }
        return UI.getCurrent().getTranslation(e.messageKey(), params);
    }

    /** Longest part of what the user typed that a message repeats. */
    static final int ECHO = 40;

    /** The record type in the user's language ({@code core.record.<type>}), or the type itself when none is known. */
    static String recordType(String type) {
        String key = "core.record." + type;
        String word = UI.getCurrent().getTranslation(key);
        return word == null || word.equals(key) || word.contains(key) ? type : word;
    }

    /** The text, cut to {@value #ECHO} characters with an ellipsis. */
    static String shorten(String text) {
        return text.length() <= ECHO ? text : text.substring(0, ECHO - 1) + "\u2026";
    }

    /**
     * Reads what a view needs to open; when the service refuses, the view opens without it and the user sees why.
     */
    public static <T> T read(Supplier<T> call, T fallback) {
        return get(call).orElse(fallback);
    }

    /**
     * Shows a failure of a call that has no form and no record to reload. A view rarely needs it: {@link #run}
     * catches and shows.
     */
    public static void show(RuntimeException e) {
        show(e, Map.of(), null);
    }

    /**
     * Shows a failure of a service call.
     *
     * @param fields the form's inputs by the field names the service uses in {@link ValidationException#field()}
     * @param reload reads the record afresh after a conflict; {@code null} when there is nothing to reload
     */
    public static void show(RuntimeException e, Map<String, ? extends HasValidation> fields, Runnable reload) {
        UI ui = UI.getCurrent();
        if (e instanceof ConflictException) {
            conflict(reload);
        } else if (e instanceof ValidationErrors all) {
            // every objection on its field at once; those of no field of this form as one message each
            for (ValidationException v : all.errors()) {
                HasValidation field = fields.get(v.field());
                if (field == null) {
                    notify(text(v));
                } else {
                    field.setErrorMessage(text(v));
                    field.setInvalid(true);
                }
            }
        } else if (e instanceof ValidationException v && fields.containsKey(v.field())) {
            HasValidation field = fields.get(v.field());
            field.setErrorMessage(text(v));
            field.setInvalid(true);
        } else if (e instanceof CoreException c) {
            notify(text(c));
        } else if (e instanceof AuditUnavailableException) {
            LOG.error("A read was refused: its journal entry could not be written", e);
            notify(ui.getTranslation("core.kit.error.journal"));
        } else if (e instanceof AccessDeniedException) {
            notify(ui.getTranslation("core.kit.error.denied"));
        } else {
            LOG.error("A service failed", e);
            notify(ui.getTranslation("core.kit.error.internal"));
        }
    }

    /**
     * Adds a service's objections to the fields the form has not objected to itself: for a form that checks some
     * fields on its own and asks the service (a check that writes nothing) about the rest, so that every objection
     * shows at once. Objections to no field of the form, or to a field already marked, are left out; any other failure
     * is left to the save that follows the corrections.
     */
    public static void addObjections(RuntimeException e, Map<String, ? extends HasValidation> fields) {
        List<ValidationException> objections = e instanceof ValidationErrors all ? all.errors()
                : e instanceof ValidationException one ? List.of(one) : List.of();
        for (ValidationException v : objections) {
            HasValidation field = fields.get(v.field());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(text(v));
                field.setInvalid(true);
            }
        }
    }

    /**
     * Marks a required input that was left empty. A date picker whose typed text is no date (31.02.2026) has no value
     * either: it keeps the text and says what is wrong with it (its own objection), not «required».
     */
    public static void required(HasValidation field) {
        String text = UI.getCurrent().getTranslation("core.kit.common.required");
        if (field instanceof DatePicker picker) {
            ValidationResult own = picker.getDefaultValidator().apply(picker.getValue(), new ValueContext(picker));
            if (own.isError() && own.getErrorMessage() != null && !own.getErrorMessage().isEmpty()) {
                text = own.getErrorMessage();
            }
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    /**
     * Clears the service's objections from the fields before the next attempt, and closes the message of the last
     * failure still on the screen: it is about the attempt before.
     */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        UI ui = UI.getCurrent();
        Notification shown = ui == null ? null : ComponentUtil.getData(ui, Notification.class);
        if (shown != null) {
            shown.close();
            ComponentUtil.setData(ui, Notification.class, null);
        }
    }

    /** Shows the failure and remembers it, so that the next attempt closes it. */
    private static void notify(String text) {
        Notification shown = Notifications.error(text);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, shown);
        }
    }

    private static void conflict(Runnable reload) {
        UI ui = UI.getCurrent();
        if (reload == null) {
            notify(ui.getTranslation("core.kit.conflict.text"));
            return;
        }
        Confirm.ask("conflict", ui.getTranslation("core.kit.conflict.title"), ui.getTranslation("core.kit.conflict.text"),
                ui.getTranslation("core.kit.conflict.reload"), reload);
    }
}
