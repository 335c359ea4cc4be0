package org.opora.patronage.ui.internal.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * Puts an open case on the meeting with the curator's report heard: the cases not yet on it, and for the case
 * chosen its reports not yet put on a meeting, the newest first and chosen by default; a case may be discussed
 * without a report.
 */
class ItemDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int CASES = 1000;

    private final transient MeetingServices services;
    private final long meetingId;
    private final transient Runnable reload;
    private final ComboBox<CaseSummary> pupil = new ComboBox<>();
    private final ComboBox<CuratorReport> report = new ComboBox<>();

    /** @param onMeeting the cases already on the meeting */
    ItemDialog(MeetingServices services, long meetingId, Set<Long> onMeeting, Runnable reload) {
        this.services = services;
        this.meetingId = meetingId;
        this.reload = reload;
        setId("patronage-meeting-item-dialog");
        setHeaderTitle(getTranslation("patronage.ui.meeting.addItem"));
        setWidth("40em");
        Paragraph hint = new Paragraph(getTranslation("patronage.ui.meeting.addItem.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        Forms.field(pupil, "patronage-meeting-item-case", "patronage.ui.meeting.item.case");
        pupil.setItems(Failures.read(() -> services.cases().find(CaseQuery.open(), 0, CASES), List.<CaseSummary>of())
                .stream().filter(c -> c.readable() && !onMeeting.contains(c.id())).toList());
        pupil.setItemLabelGenerator(c -> c.className().isEmpty() ? c.pupil()
                : getTranslation("patronage.ui.meeting.item.pupil", c.pupil(), c.className()));
        pupil.setWidthFull();
        Forms.field(report, "patronage-meeting-item-report", "patronage.ui.meeting.item.report");
        report.setItemLabelGenerator(r -> getTranslation("patronage.ui.meeting.item.reportLabel",
                PatronageTexts.period(r.from(), r.to()), r.author()));
        report.setHelperText(getTranslation("patronage.ui.meeting.item.report.help"));
        report.setClearButtonVisible(true);
        report.setWidthFull();
        report.setEnabled(false);
        pupil.addValueChangeListener(e -> reports(e.getValue()));
        add(hint, pupil, report);
        getFooter().add(Forms.button("patronage-meeting-item-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-meeting-item-save", "patronage.ui.meeting.addItem.save", this::save));
    }

    /** The reports of the case chosen not yet on a meeting, the newest chosen. */
    private void reports(CaseSummary chosen) {
        List<CuratorReport> free = chosen == null ? List.of()
                : Failures.read(() -> services.reports().reports(chosen.id()), List.<CuratorReport>of()).stream()
                        .filter(r -> r.meetingId() == null).toList();
        report.setItems(free);
        report.setEnabled(!free.isEmpty());
        report.setValue(free.isEmpty() ? null : free.get(0));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("caseId", pupil);
        m.put("reportId", report);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        if (pupil.getValue() == null) {
            Failures.required(pupil);
            return;
        }
        long caseId = pupil.getValue().id();
        Long reportId = report.getValue() == null ? null : report.getValue().id();
        Failures.on(fields(), () -> {
            close();
            reload.run();
        }).run(() -> {
            services.meetings().addItem(meetingId, caseId, reportId);
            Notifications.success(getTranslation("patronage.ui.meeting.itemAdded"));
            close();
            reload.run();
        });
    }
}
