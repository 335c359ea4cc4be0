package org.opora.patronage.ui.internal.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Confirm;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * Records a step that needs its day and, for most steps, a text: a plan row done with the actual result, the
 * outcome of a specialist's request, a case closed with the reason, a member leaving the micro-team. The day is
 * today unless the user writes the day it happened on paper. A step that cannot be undone asks once more before it
 * is recorded. The ids are {@code <prefix>-dialog}, {@code <prefix>-date}, {@code <prefix>-<textId>},
 * {@code <prefix>-save} and {@code <prefix>-cancel}; the question is {@code <prefix>-confirm}.
 */
public class DayDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final DatePicker date;
    private final TextArea text;
    private final transient Step step;

    /**
     * What the dialog records.
     *
     * @param prefix     the start of the ids
     * @param title      the dialog's title, translated
     * @param saveKey    the save button's label
     * @param hintKey    a sentence on what the step means, or {@code null}
     * @param dateKey    the label of the day
     * @param dateField  the field name the service uses for the day
     * @param textId     the end of the text's id, or {@code null} for a step without a text
     * @param textKey    the label of the text
     * @param textField  the field name the service uses for the text
     * @param confirmKey the question asked before recording, or {@code null} to record at once
     * @param doneKey    the confirmation shown afterwards
     * @param action     records the step (calls the service) with the day and the text (empty without one)
     * @param reload     reads the record afresh after the step or a conflict
     */
    public record Step(String prefix, String title, String saveKey, String hintKey, String dateKey,
            String dateField, String textId, String textKey, String textField, String confirmKey, String doneKey,
            BiConsumer<LocalDate, String> action, Runnable reload) {
    }

    public DayDialog(Step step) {
        this.step = step;
        setId(step.prefix() + "-dialog");
        setHeaderTitle(step.title());
        setWidth("36em");
        date = Dates.picker(step.prefix() + "-date", step.dateKey());
        date.setValue(LocalDate.now());
        Dates.max(date, LocalDate.now());
        if (step.hintKey() != null) {
            add(new Paragraph(getTranslation(step.hintKey())));
        }
        add(date);
        if (step.textId() != null) {
            text = Forms.field(new TextArea(), step.prefix() + "-" + step.textId(), step.textKey());
            text.setWidthFull();
            add(text);
        } else {
            text = null;
        }
        getFooter().add(Forms.button(step.prefix() + "-cancel", "core.kit.common.cancel", this::close),
                Forms.primary(step.prefix() + "-save", step.saveKey(), this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put(step.dateField(), date);
        if (text != null) {
            m.put(step.textField(), text);
        }
        return m;
    }

    private void save() {
        Failures.clear(fields());
        boolean missing = false;
        if (date.getValue() == null) {
            Failures.required(date);
            missing = true;
        }
        if (text != null && text.getValue().isBlank()) {
            Failures.required(text);
            missing = true;
        }
        if (missing) {
            return;
        }
        if (step.confirmKey() == null) {
            record();
            return;
        }
        Confirm.ask(step.prefix() + "-confirm", getHeaderTitle(), getTranslation(step.confirmKey()),
                getTranslation("patronage.ui.common.confirm"), this::record);
    }

    private void record() {
        LocalDate day = date.getValue();
        String value = text == null ? "" : text.getValue().strip();
        Failures.on(fields(), () -> {
            close();
            step.reload().run();
        }).run(() -> {
            step.action().accept(day, value);
            Notifications.success(getTranslation(step.doneKey()));
            close();
            step.reload().run();
        });
    }
}
