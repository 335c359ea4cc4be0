package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * Adds a staff member to the micro-team working with the pupil (regulation 003 section 2.2): who, what they do for
 * the pupil (a subject teacher, a coach ...), and from which day.
 */
class MemberDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final ComboBox<StaffMember> staff;
    private final TextField role = Forms.field(new TextField(), "patronage-member-role", "patronage.ui.team.role");
    private final DatePicker from = Dates.picker("patronage-member-from", "patronage.ui.team.from");

    MemberDialog(CasePage page) {
        setId("patronage-member-dialog");
        setHeaderTitle(getTranslation("patronage.ui.team.add"));
        setWidth("40em");
        staff = StaffPicker.create(page.services().staff(), "patronage-member-staff", "patronage.ui.team.name");
        role.setHelperText(getTranslation("patronage.ui.team.role.help"));
        from.setValue(LocalDate.now());
        FormLayout form = Forms.form(staff, role, from);
        form.setColspan(staff, 2);
        add(form);
        getFooter().add(Forms.button("patronage-member-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-member-save", "core.kit.common.save", () -> {
                    Map<String, HasValidation> fields = new HashMap<>();
                    fields.put("staffId", staff);
                    fields.put("role", role);
                    fields.put("from", from);
                    Failures.clear(fields);
                    if (staff.getValue() == null || from.getValue() == null) {
                        Failures.required(staff.getValue() == null ? staff : from);
                        return;
                    }
                    Failures.on(fields).run(() -> {
                        page.services().team().addMember(page.id(), staff.getValue().id(), role.getValue().strip(),
                                from.getValue());
                        Notifications.success(getTranslation("patronage.ui.team.added"));
                        close();
                        page.reload().run();
                    });
                }));
    }
}
