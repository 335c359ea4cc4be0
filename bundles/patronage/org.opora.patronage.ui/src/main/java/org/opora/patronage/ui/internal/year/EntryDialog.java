package org.opora.patronage.ui.internal.year;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.year.ScheduleEntry;
import org.opora.patronage.api.year.YearService;

/** Adds a line to the year's schedule of work, or corrects one. */
class EntryDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient YearService years;
    private final int year;
    private final transient ScheduleEntry entry;
    private final transient Runnable reload;
    private final TextField when = Forms.field(new TextField(), "patronage-schedule-when", "patronage.ui.year.when");
    private final TextArea activity = Forms.field(new TextArea(), "patronage-schedule-activity",
            "patronage.ui.year.activity");
    private final TextField responsible = Forms.field(new TextField(), "patronage-schedule-responsible",
            "patronage.ui.year.responsible");

    /** @param entry the line to correct, or {@code null} for a new one */
    EntryDialog(YearService years, int year, ScheduleEntry entry, Runnable reload) {
        this.years = years;
        this.year = year;
        this.entry = entry;
        this.reload = reload;
        setId("patronage-schedule-dialog");
        setHeaderTitle(getTranslation(entry == null ? "patronage.ui.year.add" : "patronage.ui.year.edit"));
        setWidth("40em");
        when.setHelperText(getTranslation("patronage.ui.year.when.help"));
        if (entry != null) {
            when.setValue(entry.when());
            activity.setValue(entry.activity());
            responsible.setValue(entry.responsible());
        }
        var layout = Forms.form(when, responsible, activity);
        layout.setColspan(activity, 2);
        add(layout);
        getFooter().add(Forms.button("patronage-schedule-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-schedule-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("when", when);
        m.put("activity", activity);
        m.put("responsible", responsible);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        Failures.on(fields(), reload).run(() -> {
            if (entry == null) {
                years.addEntry(year, when.getValue(), activity.getValue(), responsible.getValue());
            } else {
                years.updateEntry(entry.id(), entry.version(), when.getValue(), activity.getValue(),
                        responsible.getValue());
            }
            close();
            reload.run();
        });
    }
}
