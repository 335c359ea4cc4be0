package org.opora.patronage.ui.internal.page;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.legal.CourtHearing;
import org.opora.patronage.api.legal.CourtHearingDraft;
import org.opora.platform.ui.api.Notifications;

/** Records a court hearing in which the school represents the pupil, or corrects one (adds its outcome). */
class HearingDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final transient CourtHearing hearing;
    private final DatePicker date = Dates.picker("patronage-hearing-date", "patronage.ui.court.date");
    private final TextField court = Forms.field(new TextField(), "patronage-hearing-court", "patronage.ui.court.court");
    private final TextArea matter = Forms.field(new TextArea(), "patronage-hearing-matter",
            "patronage.ui.court.matter");
    private final TextField representative = Forms.field(new TextField(), "patronage-hearing-representative",
            "patronage.ui.court.representative");
    private final TextArea outcome = Forms.field(new TextArea(), "patronage-hearing-outcome",
            "patronage.ui.court.outcome");

    /** @param hearing the hearing to correct, or {@code null} for a new one */
    HearingDialog(CasePage page, CourtHearing hearing) {
        this.page = page;
        this.hearing = hearing;
        setId("patronage-hearing-dialog");
        setHeaderTitle(getTranslation(hearing == null ? "patronage.ui.court.record" : "patronage.ui.court.edit"));
        setWidth("44em");
        Dates.min(date, page.patronageCase().openedOn());
        if (hearing != null) {
            date.setValue(hearing.date());
            court.setValue(hearing.court());
            matter.setValue(hearing.matter());
            representative.setValue(hearing.representative());
            outcome.setValue(hearing.outcome());
        } else if (page.me() != null) {
            representative.setValue(page.me().name().full());
        }
        FormLayout layout = Forms.form(date, court, matter, representative, outcome);
        layout.setColspan(matter, 2);
        layout.setColspan(outcome, 2);
        add(layout);
        getFooter().add(Forms.button("patronage-hearing-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-hearing-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("date", date);
        m.put("court", court);
        m.put("matter", matter);
        m.put("representative", representative);
        m.put("outcome", outcome);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        CourtHearingDraft draft = new CourtHearingDraft(date.getValue(), court.getValue(), matter.getValue(),
                representative.getValue(), outcome.getValue());
        Failures.on(fields(), page.reload()).run(() -> {
            if (hearing == null) {
                page.services().court().record(page.id(), draft);
            } else {
                page.services().court().update(hearing.id(), hearing.version(), draft);
            }
            Notifications.success(getTranslation("patronage.ui.court.saved"));
            close();
            page.reload().run();
        });
    }
}
