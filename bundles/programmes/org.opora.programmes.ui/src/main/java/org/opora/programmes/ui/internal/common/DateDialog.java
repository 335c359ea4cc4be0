package org.opora.programmes.ui.internal.common;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * Records a step that needs only its day (discussed with the parents, approved, started, sent for review, agreed):
 * the day is today unless the user writes the day it happened on paper. A rule's objection to the step is shown
 * as the service words it.
 */
public class DateDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final DatePicker date = Dates.picker("date-value", "programmes.ui.step.date");
    /** The words recorded with the step, when the step has them (e.g. the parents' proposals); else absent. */
    private TextArea note;
    private BiConsumer<LocalDate, String> stepWithNote;

    /**
     * @param titleKey   the step's name
     * @param hintKey    a sentence on what the step means, or {@code null}
     * @param step       records the step on the day (calls the service)
     * @param doneKey    the confirmation shown afterwards
     * @param reload     reads the record afresh after the step or a conflict
     */
    public DateDialog(String titleKey, String hintKey, Consumer<LocalDate> step, String doneKey, Runnable reload) {
        setId("date-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("30em");
        date.setValue(LocalDate.now());
        Dates.max(date, LocalDate.now());
        if (hintKey != null) {
            add(new Paragraph(getTranslation(hintKey)));
        }
        add(date);
        getFooter().add(Forms.button("date-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("date-save", titleKey, () -> save(step, doneKey, reload)));
    }

    /**
     * Adds a text recorded with the step (e.g. the parents' proposals on the draft); the step then receives the day
     * and the text.
     *
     * @param labelKey  the field's label
     * @param helperKey a sentence under it, or {@code null}
     * @param maxLength as the service keeps it
     * @param step      records the step on the day with the text (calls the service)
     */
    public DateDialog note(String labelKey, String helperKey, int maxLength, BiConsumer<LocalDate, String> step) {
        note = Forms.field(new TextArea(), "date-note", labelKey);
        note.setMaxLength(maxLength);
        note.setWidthFull();
        note.setMinHeight("6em");
        if (helperKey != null) {
            note.setHelperText(getTranslation(helperKey));
        }
        add(note);
        stepWithNote = step;
        setWidth("36em");
        return this;
    }

    /** Adds a sentence already in words above the date (e.g. the position and the person taking the step). */
    public DateDialog hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.setId("date-hint");
        addComponentAsFirst(hint);
        return this;
    }

    private void save(Consumer<LocalDate> step, String doneKey, Runnable reload) {
        Map<String, HasValidation> fields = note == null ? Map.of("on", date, "date", date)
                : Map.of("on", date, "date", date, "proposals", note, "note", note, "analysis", note);
        Failures.clear(fields);
        if (date.getValue() == null) {
            Failures.required(date);
            return;
        }
        Failures.on(fields, () -> {
            close();
            reload.run();
        }).run(() -> {
            if (stepWithNote != null) {
                stepWithNote.accept(date.getValue(), note.getValue().strip());
            } else {
                step.accept(date.getValue());
            }
            Notifications.success(getTranslation(doneKey));
            close();
            reload.run();
        });
    }
}
