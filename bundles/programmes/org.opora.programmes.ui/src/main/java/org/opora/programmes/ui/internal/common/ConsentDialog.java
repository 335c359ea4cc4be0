package org.opora.programmes.ui.internal.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.programmes.api.programme.Consent;
import org.opora.platform.ui.api.Notifications;

/**
 * Records the parents' answer to a programme (the sign-off of the 002 form: they have read it and agree to take
 * part, or refuse) or to an individual plan (001 section 4.5): consent or refusal, the day, the parent who answered
 * (from the pupil card's representatives, or typed) and a note such as the reason of a refusal.
 */
public class ConsentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Longest note the services keep with an answer (programme, plan and passing information on alike). */
    static final int NOTE = 1000;

    private final RadioButtonGroup<Boolean> given = Forms.field(new RadioButtonGroup<>(), "consent-given",
            "programmes.ui.consent.answer");
    private final DatePicker date = Dates.picker("consent-date", "programmes.ui.consent.date");
    private final ComboBox<String> representative;
    private final TextArea note = Forms.field(new TextArea(), "consent-note", "programmes.ui.consent.note");

    /**
     * @param pupils  the pupil cards, for the representatives offered
     * @param pupilId the pupil of the programme or plan
     * @param record  records the answer (calls the service with the record's version)
     * @param reload  reads the record afresh after the answer or a conflict
     */
    public ConsentDialog(PupilService pupils, long pupilId, Consumer<Consent> record, Runnable reload) {
        setId("consent-dialog");
        setHeaderTitle(getTranslation("programmes.ui.lifecycle.consent"));
        setWidth("40em");
        given.setItems(Boolean.TRUE, Boolean.FALSE);
        given.setItemLabelGenerator(g -> getTranslation(g ? "programmes.ui.consent.given"
                : "programmes.ui.consent.refused"));
        date.setValue(LocalDate.now());
        Dates.max(date, LocalDate.now());
        representative = Representatives.picker(pupils, pupilId, "consent-representative",
                "programmes.ui.consent.representative");
        note.setWidthFull();
        note.setMaxLength(NOTE);
        add(Forms.form(given, date), representative, note);
        getFooter().add(Forms.button("consent-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("consent-save", "core.kit.common.save", () -> save(record, reload)));
    }

    /**
     * Asks for another consent of the family with the same answer, day and parent: the dialog's title, and what the
     * note holds (e.g. to whom information may be passed on).
     */
    public ConsentDialog about(String titleKey, String noteLabelKey, String noteHelpKey) {
        setId("sharing-dialog");
        setHeaderTitle(getTranslation(titleKey));
        note.setLabel(getTranslation(noteLabelKey));
        note.setHelperText(noteHelpKey == null ? null : getTranslation(noteHelpKey));
        return this;
    }

    private void save(Consumer<Consent> record, Runnable reload) {
        Map<String, HasValidation> fields = Map.of("consent", given, "consentDate", date, "date", date,
                "consentBy", representative, "representative", representative, "note", note);
        Failures.clear(fields);
        List<HasValidation> missing = new ArrayList<>();
        if (given.getValue() == null) {
            missing.add(given);
        }
        if (date.getValue() == null) {
            missing.add(date);
        }
        if (Representatives.blank(representative)) {
            missing.add(representative);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required); // every empty field at once
            return;
        }
        Consent consent = new Consent(given.getValue(), date.getValue(), representative.getValue().strip(),
                note.getValue().strip());
        Failures.on(fields, () -> {
            close();
            reload.run();
        }).run(() -> {
            record.accept(consent);
            Notifications.success(getTranslation("programmes.ui.lifecycle.recorded"));
            close();
            reload.run();
        });
    }
}
