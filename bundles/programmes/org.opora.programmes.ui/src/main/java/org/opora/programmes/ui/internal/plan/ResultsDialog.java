package org.opora.programmes.ui.internal.plan;

import java.util.Map;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.IndividualPlan;

/**
 * The results of carrying out the plan (001 section 8.3.2), written while it is in progress; the text recorded
 * before is offered for correcting, and the new one replaces it. Required before the plan is closed.
 */
class ResultsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextArea results = Forms.field(new TextArea(), "results-text", "programmes.ui.carrying.results");

    ResultsDialog(PlanPage page) {
        setId("results-dialog");
        setHeaderTitle(getTranslation("programmes.ui.carrying.recordResults"));
        setWidth("40em");
        IndividualPlan plan = page.plan();
        Step before = plan.results();
        results.setMaxLength(CarryingOutPanel.TEXT);
        results.setWidthFull();
        results.setMinHeight("8em");
        results.setValue(before == null ? "" : before.note());
        add(new Paragraph(getTranslation("programmes.ui.carrying.results.hint")), results);
        getFooter().add(Forms.button("results-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("results-save", "core.kit.common.save", () -> save(page)));
    }

    private void save(PlanPage page) {
        Map<String, TextArea> fields = Map.of("results", results);
        Failures.clear(fields);
        IndividualPlan plan = page.plan();
        Failures.on(fields, () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().plans().recordResults(plan.id(), plan.version(), results.getValue());
            Notifications.success(getTranslation("programmes.ui.lifecycle.recorded"));
            close();
            page.reload().run();
        });
    }
}
