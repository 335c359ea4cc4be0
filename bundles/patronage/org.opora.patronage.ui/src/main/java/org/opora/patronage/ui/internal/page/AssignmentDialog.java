package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.ListItem;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.patronage.api.team.AssignmentDraft;
import org.opora.platform.ui.api.Notifications;

/**
 * Involves a specialist in the case (regulation 003 sections 3.2 and 3.3: the psychologist, the school inspector,
 * the social pedagogue, the school doctor ...): the type among those the school allows, a staff member or someone
 * from outside the school by name and organisation, what they are asked to do, and the day of the request.
 */
class AssignmentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Whether the specialist is a staff member of the school. */
    private final RadioButtonGroup<Boolean> fromSchool = new RadioButtonGroup<>();
    private final Select<String> type = new Select<>();
    private final ComboBox<StaffMember> staff;
    private final TextField external = Forms.field(new TextField(), "patronage-assignment-external",
            "patronage.ui.assignment.external");
    private final TextArea request = Forms.field(new TextArea(), "patronage-assignment-request",
            "patronage.ui.assignment.request");
    private final DatePicker date = Dates.picker("patronage-assignment-date", "patronage.ui.assignment.requestedOn");

    AssignmentDialog(CasePage page) {
        setId("patronage-assignment-dialog");
        setHeaderTitle(getTranslation("patronage.ui.assignment.add"));
        setWidth("44em");
        Forms.field(type, "patronage-assignment-type", "patronage.ui.assignment.type");
        type.setItems(page.settings().specialistTypes().stream().map(ListItem::code).toList());
        type.setItemLabelGenerator(code -> code == null ? "" : page.settings().specialistLabel(code));
        Forms.field(fromSchool, "patronage-assignment-source", "patronage.ui.assignment.source");
        fromSchool.setItems(Boolean.TRUE, Boolean.FALSE);
        fromSchool.setItemLabelGenerator(b -> getTranslation(b ? "patronage.ui.assignment.source.school"
                : "patronage.ui.assignment.source.outside"));
        staff = StaffPicker.create(page.services().staff(), "patronage-assignment-staff",
                "patronage.ui.assignment.specialist");
        external.setHelperText(getTranslation("patronage.ui.assignment.external.help"));
        fromSchool.addValueChangeListener(e -> {
            boolean school = !Boolean.FALSE.equals(e.getValue());
            staff.setVisible(school);
            external.setVisible(!school);
        });
        fromSchool.setValue(Boolean.TRUE);
        date.setValue(LocalDate.now());
        Dates.max(date, LocalDate.now());
        FormLayout form = Forms.form(type, fromSchool, staff, external, request, date);
        form.setColspan(staff, 2);
        form.setColspan(external, 2);
        form.setColspan(request, 2);
        add(form);
        getFooter().add(Forms.button("patronage-assignment-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-assignment-save", "core.kit.common.save", () -> save(page)));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("specialistType", type);
        m.put("staffId", staff);
        m.put("external", external);
        m.put("request", request);
        m.put("requestedOn", date);
        return m;
    }

    private void save(CasePage page) {
        Failures.clear(fields());
        boolean school = !Boolean.FALSE.equals(fromSchool.getValue());
        HasValidation missing = type.getValue() == null ? type
                : school && staff.getValue() == null ? staff
                : !school && external.getValue().isBlank() ? external
                : request.getValue().isBlank() ? request : date.getValue() == null ? date : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        AssignmentDraft draft = new AssignmentDraft(type.getValue(), school ? staff.getValue().id() : null,
                school ? "" : external.getValue(), request.getValue(), date.getValue());
        Failures.on(fields()).run(() -> {
            page.services().team().assign(page.id(), draft);
            Notifications.success(getTranslation("patronage.ui.assignment.added"));
            close();
            page.reload().run();
        });
    }
}
