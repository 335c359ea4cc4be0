package org.opora.core.ui.kit;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import org.opora.core.api.ConflictException;
import org.opora.core.api.CoreException;
import org.opora.core.api.ValidationException;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a core service threw into something the user can act on: an objection to one input is shown on that
 * field, a concurrent change offers to reload, any other {@link CoreException} is shown translated. Nothing else
 * is expected from a service; it is logged and reported as an internal error.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** The exception's message in the user's language. */
    public static String text(CoreException e) {
        return UI.getCurrent().getTranslation(e.messageKey(), e.params());
    }

    /**
     * Reads what a view needs to open; when the service refuses, the view opens without it and the user sees why.
     */
    public static <T> T read(Supplier<T> call, T fallback) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            show(e);
            return fallback;
        }
    }

    /** Shows a failure of a call that has no form and no record to reload. */
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
        } else if (e instanceof ValidationException v && fields.containsKey(v.field())) {
            HasValidation field = fields.get(v.field());
            field.setErrorMessage(text(v));
            field.setInvalid(true);
        } else if (e instanceof CoreException c) {
            notify(text(c));
        } else if (e instanceof AccessDeniedException) {
            notify(ui.getTranslation("core.ui.error.denied"));
        } else {
            LOG.error("A core service failed", e);
            notify(ui.getTranslation("core.ui.error.internal"));
        }
    }

    /** Marks a required input that was left empty. */
    public static void required(HasValidation field) {
        field.setErrorMessage(UI.getCurrent().getTranslation("core.ui.common.required"));
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
            notify(ui.getTranslation("core.ui.conflict.text"));
            return;
        }
        Confirm.ask("conflict", ui.getTranslation("core.ui.conflict.title"), ui.getTranslation("core.ui.conflict.text"),
                ui.getTranslation("core.ui.conflict.reload"), reload);
    }
}
