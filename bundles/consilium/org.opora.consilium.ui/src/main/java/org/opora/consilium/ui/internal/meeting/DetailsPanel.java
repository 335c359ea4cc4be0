package org.opora.consilium.ui.internal.meeting;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * The details tab: the meeting's header, which who keeps the meeting changes while it is prepared (with the version
 * read, so that a concurrent change offers to reload), and the cancellation of a meeting that does not take place.
 */
class DetailsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient MeetingPage page;
    private MeetingForm form;

    DetailsPanel(MeetingPage page) {
        this.page = page;
        setId("meeting-details");
        setPadding(false);
        Meeting m = page.meeting();
        if (page.editable()) {
            form = new MeetingForm(page.services().staff(), page.settings());
            form.fill(m, page.settings());
            add(form);
        } else {
            add(summary(m));
        }
        if (m.presentationsDue() != null) {
            add(line("meeting-presentations-due", "consilium.ui.meeting.presentationsDue",
                    Dates.format(m.presentationsDue())));
        }
        if (m.finalised()) {
            add(line("meeting-finalised", "consilium.ui.meeting.finalisedBy", MeetingTexts.moment(m.finalisedAt()),
                    m.finalisedBy()));
        }
        if (m.status() == MeetingStatus.CANCELLED) {
            add(line("meeting-cancelled", "consilium.ui.meeting.cancelledBecause", m.cancelReason()));
        }
        if (page.editable()) {
            add(Forms.bar(Forms.primary("details-save", "consilium.ui.common.save", this::save),
                    Forms.button("details-cancel-meeting", "consilium.ui.meeting.cancel",
                            () -> new CancelDialog(page).open())));
        }
    }

    /**
     * The header read-only, with the officers' names as the meeting carries them: a reader may not be allowed to
     * read the staff register.
     */
    private FormLayout summary(Meeting m) {
        return Forms.form(shown("meeting-kind", "consilium.ui.meeting.kind", MeetingTexts.kind(m.kind())),
                shown("meeting-monitoring", "consilium.ui.meeting.monitoring",
                        m.monitoring().isEmpty() ? "" : ConsiliumSettings.label(page.settings().monitoringKinds(),
                                m.monitoring())),
                shown("meeting-date", "consilium.ui.meeting.date", Dates.format(m.date())),
                shown("meeting-time", "consilium.ui.meeting.time", m.time()),
                shown("meeting-place", "consilium.ui.meeting.place", m.place()),
                shown("meeting-chair", "consilium.ui.meeting.chair", m.chairName()),
                shown("meeting-secretary", "consilium.ui.meeting.secretary", m.secretaryName()));
    }

    private static TextField shown(String id, String labelKey, String value) {
        TextField f = Forms.field(new TextField(), id, labelKey);
        f.setValue(value);
        f.setReadOnly(true);
        return f;
    }

    private Paragraph line(String id, String key, Object... params) {
        Paragraph p = new Paragraph(getTranslation(key, params));
        p.setId(id);
        return p;
    }

    private void save() {
        if (!form.complete(page.services().meetings()::check)) {
            return;
        }
        Meeting m = page.meeting();
        Failures.on(form.fields(), page.reload()).run(() -> {
            page.services().meetings().update(m.id(), m.version(), form.draft());
            Notifications.success(getTranslation("consilium.ui.meeting.saved"));
            page.reload().run();
        });
    }
}
