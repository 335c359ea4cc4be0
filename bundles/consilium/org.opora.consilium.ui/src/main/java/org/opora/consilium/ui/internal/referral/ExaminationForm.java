package org.opora.consilium.ui.internal.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * The additional psychological examination (regulation 002), for the psychologist who may record it now: the day,
 * the findings (confidential) and whether the signs the teacher saw are confirmed. A confirmed referral is
 * proposed for an unplanned meeting of the consilium.
 */
class ExaminationForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int FINDINGS_MAX = 8000;

    private final transient ReferralService referrals;
    private final transient Referral referral;
    private final transient Runnable reload;
    private final DatePicker date = Dates.picker("exam-date", "consilium.ui.referral.examinedOn");
    private final TextArea findings = Forms.field(new TextArea(), "exam-findings", "consilium.ui.referral.findings");
    private final RadioButtonGroup<Boolean> conclusion = Forms.field(new RadioButtonGroup<>(), "exam-conclusion",
            "consilium.ui.referral.conclusion");

    ExaminationForm(ReferralService referrals, Referral referral, Runnable reload) {
        this.referrals = referrals;
        this.referral = referral;
        this.reload = reload;
        setId("exam");
        setPadding(false);
        date.setValue(LocalDate.now());
        Dates.min(date, referral.filedOn());
        Dates.max(date, LocalDate.now());
        findings.setMaxLength(FINDINGS_MAX);
        findings.setMinHeight("10em");
        findings.setHelperText(getTranslation("consilium.ui.referral.findings.help"));
        conclusion.setItems(Boolean.TRUE, Boolean.FALSE);
        conclusion.setItemLabelGenerator(c -> getTranslation(c ? "consilium.ui.referral.confirmed"
                : "consilium.ui.referral.notConfirmed"));
        var form = Forms.form(date, conclusion, findings);
        form.setColspan(findings, 2);
        add(new H3(getTranslation("consilium.ui.referral.examination")), form,
                Forms.primary("exam-save", "consilium.ui.referral.examSave", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("examinedOn", date, "findings", findings, "confirmed", conclusion);
    }

    private void save() {
        Failures.clear(fields());
        List<HasValidation> missing = new ArrayList<>();
        if (date.getValue() == null) {
            missing.add(date);
        }
        if (findings.getValue().isBlank()) {
            missing.add(findings);
        }
        if (conclusion.getValue() == null) {
            missing.add(conclusion);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required); // every empty field at once
            return;
        }
        Examination exam = new Examination(date.getValue(), findings.getValue().strip(), conclusion.getValue());
        Failures.on(fields(), reload).run(() -> {
            referrals.recordExamination(referral.id(), referral.version(), exam);
            Notifications.success(getTranslation("consilium.ui.referral.examined"));
            reload.run();
        });
    }
}
