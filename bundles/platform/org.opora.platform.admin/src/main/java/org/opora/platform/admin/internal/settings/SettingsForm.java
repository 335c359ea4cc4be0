package org.opora.platform.admin.internal.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;

import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form of one configuration: a field for each attribute, "save" (every field checked first, nothing stored if
 * one is wrong) and "reset to defaults".
 */
public class SettingsForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SettingsForm.class);

    private final transient Settings settings;
    private final String pid;
    private final List<SettingInput> inputs = new ArrayList<>();
    private final SerializableRunnable onStored;
    private final String locale;

    /**
     * @param settings the settings service
     * @param form     what to show
     * @param onStored run after a save or reset that changed something (to show the form afresh)
     */
    public SettingsForm(Settings settings, Settings.Form form, SerializableRunnable onStored) {
        this(settings, form, onStored, null);
    }

    /**
     * @param settings the settings service
     * @param form     what to show
     * @param onStored run after a save or reset that changed something (to show the form afresh)
     * @param locale   the user's language
     */
    public SettingsForm(Settings settings, Settings.Form form, SerializableRunnable onStored, String locale) {
        this.locale = locale;
        this.settings = settings;
        this.pid = form.entry().pid();
        this.onStored = onStored;
        setId("admin-settings-form");
        setPadding(false);
        add(new H3(form.entry().name()));
        if (!form.entry().description().isEmpty()) {
            add(new Paragraph(form.entry().description()));
        }
        Span source = new Span(getTranslation("admin.settings.pid", pid, form.entry().bundle()));
        source.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(source);
        if (form.defaultsInEffect()) {
            Span defaults = new Span(getTranslation("admin.settings.defaultsInEffect"));
            defaults.getElement().setAttribute("theme", "badge");
            defaults.setId("admin-settings-defaults");
            add(defaults);
        }
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (SettingField field : form.fields()) {
            SettingInput input = SettingInputs.create(field, form.stored().get(field.id()), settings.checks(), pid,
                    locale);
            inputs.add(input);
            layout.add(input.component());
        }
        add(layout, buttons(form));
    }

    private HorizontalLayout buttons(Settings.Form form) {
        Button save = new Button(getTranslation("admin.common.save"), e -> save());
        save.setId("admin-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("admin.settings.reset"), e -> confirmReset());
        reset.setId("admin-settings-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reset.setEnabled(form.exists());
        return new HorizontalLayout(save, reset);
    }

    /**
     * Shows only the fields that match (a search); the others stay in the form, hidden, and keep their values. When
     * none matches, all are shown (the configuration's own name or description matched).
     */
    public void showOnly(java.util.function.Predicate<SettingField> matches) {
        if (inputs.stream().noneMatch(i -> matches.test(i.field()))) {
            return;
        }
        inputs.forEach(i -> i.component().setVisible(matches.test(i.field())));
    }

    private void save() {
        Map<SettingField, Object> values = new LinkedHashMap<>();
        boolean valid = true;
        for (SettingInput input : inputs) {
            String own = input.ownError();
            if (own != null) {
                input.showError(getTranslation(own));
                valid = false;
                continue;
            }
            SettingValues.Parsed parsed = input.badInput() ? SettingValues.notANumber(input.field())
                    : SettingValues.parse(input.field(), input.text());
            input.showError(parsed.valid() ? null : getTranslation(parsed.errorKey(), parsed.params()));
            valid &= parsed.valid();
            values.put(input.field(), parsed.value());
        }
        if (!valid) {
            Notifications.error(getTranslation("admin.settings.error.form"));
            return;
        }
        try {
            SortedSet<String> changed = settings.save(pid, values, locale);
            if (changed.isEmpty()) {
                Notifications.success(getTranslation("admin.settings.unchanged"));
            } else {
                Notifications.success(getTranslation("admin.settings.saved"));
                onStored.run();
            }
        } catch (SettingsRefused e) {
            List<String> named = new ArrayList<>();
            for (SettingInput input : inputs) {
                SettingProblem p = e.problems().get(input.field().id());
                String message = p == null ? null : getTranslation("admin.settings.error.line", p.value(),
                        getTranslation(p.reasonKey(), p.params().toArray()));
                input.showError(message);
                if (message != null) {
                    named.add(getTranslation("admin.settings.error.setting", input.field().name(), message));
                }
            }
            Notifications.error(getTranslation("admin.settings.error.refused", String.join(" ", named)));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("admin.common.denied"));
        } catch (IOException | RuntimeException e) {
            LOG.error("Configuration {} could not be stored", pid, e);
            Notifications.error(getTranslation("admin.settings.error.save"));
        }
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("admin-settings-reset-confirm");
        dialog.setHeader(getTranslation("admin.settings.reset.title"));
        dialog.setText(getTranslation("admin.settings.reset.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.common.cancel"));
        dialog.setConfirmText(getTranslation("admin.settings.reset"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> reset());
        dialog.open();
    }

    private void reset() {
        try {
            settings.reset(pid);
            Notifications.success(getTranslation("admin.settings.resetDone"));
            onStored.run();
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("admin.common.denied"));
        } catch (IOException | RuntimeException e) {
            LOG.error("Configuration {} could not be reset", pid, e);
            Notifications.error(getTranslation("admin.settings.error.save"));
        }
    }
}
