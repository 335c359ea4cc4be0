package org.opora.teachersupport.ui.internal.page;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;
import org.opora.teachersupport.api.record.Problem;

/**
 * Records a diagnosis entry, or corrects one (regulation 004, 4.2): the source from the settings, the day, the staff
 * member who made it, what was found, and the record's problems the findings concern.
 */
class DiagnosisDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final transient DiagnosisEntry entry;
    private final ComboBox<String> source;
    private final DatePicker date = Dates.picker("ts-diagnosis-date", "teachersupport.ui.diagnosis.date");
    private final ComboBox<StaffMember> by;
    private final TextArea findings = Forms.field(new TextArea(), "ts-diagnosis-findings",
            "teachersupport.ui.diagnosis.findings");
    private final CheckboxGroup<Problem> problems = new CheckboxGroup<>();

    /** @param entry the entry to correct, or {@code null} for a new one */
    DiagnosisDialog(RecordPage page, DiagnosisEntry entry) {
        this.page = page;
        this.entry = entry;
        setId("ts-diagnosis-dialog");
        setHeaderTitle(getTranslation(entry == null ? "teachersupport.ui.diagnosis.add"
                : "teachersupport.ui.diagnosis.edit"));
        setWidth("48em");
        source = Choices.of("ts-diagnosis-source", "teachersupport.ui.diagnosis.source",
                page.settings().diagnosisSources(), entry == null ? null : entry.source());
        by = StaffPicker.create(page.services().staff(), "ts-diagnosis-by", "teachersupport.ui.diagnosis.by");
        Forms.field(problems, "ts-diagnosis-problems", "teachersupport.ui.diagnosis.problems");
        problems.setItems(page.record().problems());
        problems.setItemLabelGenerator(RecordPage::problem);
        Dates.max(date, LocalDate.now());
        Dates.min(date, page.record().decidedOn());
        if (entry == null) {
            date.setValue(LocalDate.now());
            page.services().security().currentUser()
                    .flatMap(u -> Failures.read(() -> page.services().staff().byUsername(u.username()),
                            Optional.<StaffMember>empty()))
                    .ifPresent(by::setValue);
        } else {
            date.setValue(entry.date());
            StaffPicker.select(by, page.services().staff(), entry.conductedById());
            findings.setValue(entry.findings());
            problems.setValue(new LinkedHashSet<>(page.record().problems().stream()
                    .filter(p -> entry.problemIds().contains(p.id())).toList()));
        }
        by.setWidthFull();
        FormLayout form = Forms.form(source, date, by, findings, problems);
        form.setColspan(source, 2);
        form.setColspan(findings, 2);
        form.setColspan(problems, 2);
        add(form);
        getFooter().add(Forms.button("ts-diagnosis-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-diagnosis-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("source", source);
        m.put("date", date);
        m.put("conductedBy", by);
        m.put("findings", findings);
        m.put("problemIds", problems);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        HasValidation missing = source.getValue() == null ? source
                : date.getValue() == null ? date
                : by.getValue() == null ? by
                : findings.getValue().isBlank() ? findings : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        DiagnosisDraft draft = new DiagnosisDraft(source.getValue(), date.getValue(), by.getValue().id(),
                findings.getValue(), page.record().problems().stream().filter(problems.getValue()::contains)
                        .map(Problem::id).toList());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (entry == null) {
                page.services().diagnosis().add(page.id(), draft);
            } else {
                page.services().diagnosis().update(entry.id(), entry.version(), draft);
            }
            Notifications.success(getTranslation("teachersupport.ui.diagnosis.saved"));
            close();
            page.reload().run();
        });
    }
}
