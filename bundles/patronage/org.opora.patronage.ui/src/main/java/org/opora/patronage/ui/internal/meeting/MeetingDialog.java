package org.opora.patronage.ui.internal.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.platform.ui.api.Notifications;

/**
 * Creates an administrative meeting, or corrects the header of one whose minutes are not finalised: the number of
 * the minutes, the day (a meeting may be planned ahead), who chairs it (the director, the signed-in user by default)
 * and who attended.
 */
class MeetingDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient MeetingServices services;
    private final transient AdminMeeting meeting;
    private final transient LongConsumer done;
    private final TextField number = Forms.field(new TextField(), "patronage-meeting-number",
            "patronage.ui.meeting.number");
    private final DatePicker date = Dates.picker("patronage-meeting-date", "patronage.ui.meeting.date");
    private final TextField chair = Forms.field(new TextField(), "patronage-meeting-chair-field",
            "patronage.ui.meeting.chair");
    private final TextArea attendees = Forms.field(new TextArea(), "patronage-meeting-attendees-field",
            "patronage.ui.meeting.attendees");

    /**
     * @param meeting the meeting to correct, or {@code null} for a new one
     * @param next    the number a new meeting is offered
     * @param done    what follows a save, with the meeting's id (open it, or read it afresh)
     */
    MeetingDialog(MeetingServices services, AdminMeeting meeting, String next, LongConsumer done) {
        this.services = services;
        this.meeting = meeting;
        this.done = done;
        setId("patronage-meeting-dialog");
        setHeaderTitle(getTranslation(meeting == null ? "patronage.ui.meetings.new" : "patronage.ui.meeting.edit"));
        setWidth("40em");
        attendees.setHelperText(getTranslation("patronage.ui.meeting.attendees.help"));
        if (meeting == null) {
            number.setValue(next == null ? "" : next);
            date.setValue(LocalDate.now());
            chair.setValue(services.security().currentUser().map(u -> u.displayName()).orElse(""));
        } else {
            number.setValue(meeting.number());
            date.setValue(meeting.date());
            chair.setValue(meeting.chairedBy());
            attendees.setValue(meeting.attendees());
        }
        FormLayout layout = Forms.form(number, date, chair, attendees);
        layout.setColspan(chair, 2);
        layout.setColspan(attendees, 2);
        add(layout);
        getFooter().add(Forms.button("patronage-meeting-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-meeting-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("number", number);
        m.put("date", date);
        m.put("chairedBy", chair);
        m.put("attendees", attendees);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        HasValidation missing = number.getValue().isBlank() ? number
                : date.getValue() == null ? date : chair.getValue().isBlank() ? chair : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        MeetingDraft draft = new MeetingDraft(date.getValue(), number.getValue(), chair.getValue(),
                attendees.getValue());
        Failures.on(fields(), () -> {
            close();
            if (meeting != null) {
                done.accept(meeting.id());
            }
        }).run(() -> {
            AdminMeeting saved = meeting == null ? services.meetings().create(draft)
                    : services.meetings().update(meeting.id(), meeting.version(), draft);
            Notifications.success(getTranslation("patronage.ui.meeting.saved"));
            close();
            done.accept(saved.id());
        });
    }
}
