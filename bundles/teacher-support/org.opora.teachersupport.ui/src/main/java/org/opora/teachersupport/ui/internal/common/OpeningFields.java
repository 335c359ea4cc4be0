package org.opora.teachersupport.ui.internal.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.api.ListItem;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.record.Participant;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportRecord;

/**
 * The inputs of the opening record (regulation 004, 5.1) that are filled in when a record is opened and corrected
 * later alike: the teacher (from the core's staff; fixed once opened), the day of the decision, who leads the support
 * (a staff member of a lead type of the settings), who takes part, the planned forms of help and the planned help in
 * words. The identified problems are rows of their own ({@link ProblemRows}).
 */
public final class OpeningFields {

    private final ComboBox<StaffMember> teacher;
    private final DatePicker decided = Dates.picker("ts-opening-decided", "teachersupport.ui.opening.decided");
    private final ComboBox<StaffMember> lead;
    private final MultiSelectComboBox<StaffMember> participants = new MultiSelectComboBox<>();
    private final CheckboxGroup<String> forms = new CheckboxGroup<>();
    private final TextArea note = Forms.field(new TextArea(), "ts-opening-note", "teachersupport.ui.opening.note");

    /**
     * @param staff    the core's staff, searched page by page
     * @param settings the school's lists (lead types, forms of help)
     * @param record   the record being corrected, or {@code null} for a new one
     */
    public OpeningFields(StaffService staff, TeacherSupportSettings settings, SupportRecord record) {
        teacher = StaffPicker.create(staff, "ts-opening-teacher", "teachersupport.ui.opening.teacher");
        lead = StaffPicker.create(staff, "ts-opening-lead", "teachersupport.ui.opening.lead");
        lead.setHelperText(lead.getTranslation("teachersupport.ui.opening.lead.help",
                settings.leadTypes().stream().map(ListItem::label).reduce((a, b) -> a + ", " + b).orElse("")));
        Forms.field(participants, "ts-opening-participants", "teachersupport.ui.opening.participants");
        participants.setItems(q -> {
            StaffQuery query = new StaffQuery(q.getFilter().orElse(""), "", false);
            int offset = q.getOffset();
            int limit = q.getLimit();
            return Failures.read(() -> staff.find(query, offset, limit).stream(), Stream.empty());
        });
        participants.setItemLabelGenerator(StaffPicker::label);
        participants.setClearButtonVisible(true);
        Forms.field(forms, "ts-opening-forms", "teachersupport.ui.opening.forms");
        forms.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        List<String> codes = new ArrayList<>(settings.helpForms().stream().map(ListItem::code).toList());
        if (record != null) {
            record.plannedForms().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        }
        forms.setItems(codes);
        forms.setItemLabelGenerator(c -> TeacherSupportSettings.label(settings.helpForms(), c));
        Dates.max(decided, LocalDate.now());
        if (record == null) {
            decided.setValue(LocalDate.now());
        } else {
            StaffPicker.select(teacher, staff, record.teacherId());
            teacher.setEnabled(false);
            decided.setValue(record.decidedOn());
            StaffPicker.select(lead, staff, record.leadId());
            List<StaffMember> chosen = new ArrayList<>();
            for (Participant p : record.participants()) {
                Failures.get(() -> staff.get(p.staffId())).ifPresent(chosen::add);
            }
            participants.setValue(new LinkedHashSet<>(chosen));
            forms.setValue(new LinkedHashSet<>(record.plannedForms()));
            note.setValue(record.plannedNote());
        }
        teacher.setWidthFull();
        lead.setWidthFull();
        participants.setWidthFull();
        note.setWidthFull();
    }

    public ComboBox<StaffMember> teacher() {
        return teacher;
    }

    public DatePicker decided() {
        return decided;
    }

    public ComboBox<StaffMember> lead() {
        return lead;
    }

    public MultiSelectComboBox<StaffMember> participants() {
        return participants;
    }

    public CheckboxGroup<String> forms() {
        return forms;
    }

    public TextArea note() {
        return note;
    }

    /** The teacher and the day of the decision side by side, then the lead and the participants. */
    public FormLayout who() {
        FormLayout form = Forms.form(teacher, decided, lead, participants);
        form.setColspan(lead, 2);
        form.setColspan(participants, 2);
        return form;
    }

    /** The planned forms of help and the planned help in words. */
    public FormLayout planned() {
        FormLayout form = Forms.form(forms, note);
        form.setColspan(forms, 2);
        form.setColspan(note, 2);
        return form;
    }

    /** The inputs by the field names the service uses. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("teacherId", teacher);
        m.put("decidedOn", decided);
        m.put("leadId", lead);
        m.put("participantIds", participants);
        m.put("plannedForms", forms);
        m.put("plannedNote", note);
        return m;
    }

    /** Marks every required input left empty at once; {@code false} when one was. */
    public boolean complete() {
        // every empty required input at once
        List<HasValidation> missing = new ArrayList<>();
        if (teacher.getValue() == null) {
            missing.add(teacher);
        }
        if (decided.getValue() == null) {
            missing.add(decided);
        }
        if (lead.getValue() == null) {
            missing.add(lead);
        }
        if (forms.getValue().isEmpty()) {
            missing.add(forms);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required);
            return false;
        }
        return true;
    }

    /** What the inputs say, in the order the participants were chosen. */
    public SupportDraft draft() {
        return new SupportDraft(teacher.getValue().id(), decided.getValue(), lead.getValue().id(),
                participants.getValue().stream().map(StaffMember::id).toList(),
                forms.getValue().stream().sorted((a, b) -> Integer.compare(order(a), order(b))).toList(),
                note.getValue());
    }

    /** The planned forms in the settings' order. */
    private int order(String code) {
        List<String> items = new ArrayList<>();
        forms.getListDataView().getItems().forEach(items::add);
        return items.indexOf(code);
    }
}
