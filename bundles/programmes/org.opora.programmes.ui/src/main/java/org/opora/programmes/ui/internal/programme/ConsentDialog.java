package org.opora.programmes.ui.internal.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.api.pupil.Representative;
import org.opora.core.ui.kit.Dates;
import org.opora.core.ui.kit.Failures;
import org.opora.core.ui.kit.Forms;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.Programme;
import org.opora.platform.ui.api.Notifications;

/**
 * Records the parents' answer to the programme (the sign-off of the 002 form: they have read it and agree to take
 * part, or refuse): consent or refusal, the day, the parent who answered (from the pupil card's representatives, or
 * typed) and a note such as the reason of a refusal.
 */
class ConsentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final RadioButtonGroup<Boolean> given = Forms.field(new RadioButtonGroup<>(), "consent-given",
            "programmes.ui.consent.answer");
    private final DatePicker date = Dates.picker("consent-date", "programmes.ui.consent.date");
    private final ComboBox<String> representative = Forms.field(new ComboBox<>(), "consent-representative",
            "programmes.ui.consent.representative");
    private final TextArea note = Forms.field(new TextArea(), "consent-note", "programmes.ui.consent.note");

    ConsentDialog(ProgrammePage page) {
        Programme p = page.programme();
        setId("consent-dialog");
        setHeaderTitle(getTranslation("programmes.ui.lifecycle.consent"));
        setWidth("40em");
        given.setItems(Boolean.TRUE, Boolean.FALSE);
        given.setItemLabelGenerator(g -> getTranslation(g ? "programmes.ui.consent.given"
                : "programmes.ui.consent.refused"));
        date.setValue(LocalDate.now());
        date.setMax(LocalDate.now());
        List<String> names = Failures.read(() -> page.services().pupils().card(p.pupilId()).representatives(),
                List.<Representative>of()).stream().map(Representative::fullName).toList();
        representative.setItems(names);
        representative.setAllowCustomValue(true);
        representative.addCustomValueSetListener(e -> representative.setValue(e.getDetail()));
        representative.setWidthFull();
        if (names.size() == 1) {
            representative.setValue(names.get(0));
        }
        note.setWidthFull();
        add(Forms.form(given, date), representative, note);
        getFooter().add(Forms.button("consent-cancel", "core.ui.common.cancel", this::close),
                Forms.primary("consent-save", "core.ui.common.save", () -> save(page)));
    }

    private void save(ProgrammePage page) {
        Map<String, HasValidation> fields = Map.of("consent", given, "consentDate", date, "date", date,
                "consentBy", representative, "representative", representative, "note", note);
        Failures.clear(fields);
        HasValidation missing = given.getValue() == null ? given : date.getValue() == null ? date
                : representative.getValue() == null || representative.getValue().isBlank() ? representative : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        Programme p = page.programme();
        Consent consent = new Consent(given.getValue(), date.getValue(), representative.getValue().strip(),
                note.getValue().strip());
        try {
            page.services().programmes().recordConsent(p.id(), p.version(), consent);
            Notifications.success(getTranslation("programmes.ui.lifecycle.recorded"));
            close();
            page.reload().run();
        } catch (RuntimeException e) {
            Failures.show(e, fields, () -> {
                close();
                page.reload().run();
            });
        }
    }
}
