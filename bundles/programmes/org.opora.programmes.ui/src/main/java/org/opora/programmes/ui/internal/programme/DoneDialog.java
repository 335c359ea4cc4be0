package org.opora.programmes.ui.internal.programme;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.platform.ui.api.Notifications;

/**
 * Marks a plan row done (the seventh column of the 002 plan): the day, the actual result and the recommendations
 * for further support. The responsible specialist or the curator writes it.
 */
class DoneDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final DatePicker date = Dates.picker("done-date", "programmes.ui.plan.doneOn");
    private final TextArea result = Forms.field(new TextArea(), "done-result", "programmes.ui.plan.actualResult");
    private final TextArea recommendations = Forms.field(new TextArea(), "done-recommendations",
            "programmes.ui.plan.recommendations");

    DoneDialog(ProgrammePage page, PlanRow row) {
        setId("done-dialog");
        setHeaderTitle(getTranslation("programmes.ui.plan.markDone.title", row.position(), row.activity()));
        setWidth("40em");
        date.setValue(LocalDate.now());
        Dates.max(date, LocalDate.now());
        result.setWidthFull();
        recommendations.setWidthFull();
        add(date, result, recommendations);
        getFooter().add(Forms.button("done-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("done-save", "programmes.ui.plan.markDone", () -> save(page, row)));
    }

    private void save(ProgrammePage page, PlanRow row) {
        Map<String, HasValidation> fields = Map.of("on", date, "doneOn", date, "actualResult", result,
                "recommendations", recommendations);
        Failures.clear(fields);
        if (date.getValue() == null || result.getValue().isBlank()) {
            Failures.required(date.getValue() == null ? date : result);
            return;
        }
        Failures.on(fields, () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().plan().markDone(row.id(), row.version(), date.getValue(),
                    result.getValue().strip(), recommendations.getValue().strip());
            Notifications.success(getTranslation("programmes.ui.plan.done"));
            close();
            page.reload().run();
        });
    }
}
