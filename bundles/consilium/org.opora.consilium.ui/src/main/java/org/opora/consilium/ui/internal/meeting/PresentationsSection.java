package org.opora.consilium.ui.internal.meeting;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * The specialists' presentations about one pupil (step 1 of the procedure): who was asked, and the text. While
 * the meeting is prepared the specialist asked writes their own presentation, and who keeps the meeting writes any,
 * asks another staff member or withdraws a request. Controls carry the specialist's staff id
 * ({@code presentation-text-5}).
 */
class PresentationsSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient MeetingPage page;
    private final transient ContributionService contributions;

    PresentationsSection(MeetingPage page, AgendaItem item) {
        this.page = page;
        this.contributions = page.services().contributions();
        setId("item-presentations");
        setPadding(false);
        if (item.presentations().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("consilium.ui.meeting.presentation.none"));
            none.setId("presentations-none");
            add(none);
        }
        item.presentations().forEach(p -> add(presentation(p)));
        if (page.editable()) {
            add(requestBar(item));
        }
    }

    private Component presentation(Presentation p) {
        long staffId = p.staffId();
        boolean writable = page.inPreparation()
                && (page.access().canKeep() || Long.valueOf(staffId).equals(page.myStaffId()));
        Div box = new Div();
        box.setId("presentation-" + staffId);
        box.setWidthFull();
        String state = p.submitted()
                ? getTranslation("consilium.ui.meeting.presentation.submitted", MeetingTexts.moment(p.submittedAt()))
                : getTranslation("consilium.ui.meeting.presentation.pending", Dates.format(page.meeting().presentationsDue()));
        Paragraph who = new Paragraph(getTranslation("consilium.ui.meeting.presentation.who", p.staffName(),
                p.position().isEmpty() ? "\u2014" : p.position(), state));
        TextArea text = Forms.field(new TextArea(), "presentation-text-" + staffId, "consilium.ui.meeting.presentation.text");
        text.setWidthFull();
        text.setValue(p.text());
        text.setReadOnly(!writable);
        box.add(who, text);
        if (writable) {
            HorizontalLayout actions = new HorizontalLayout(Forms.primary("presentation-save-" + staffId,
                    "consilium.ui.common.save", () -> save(p, text)));
            if (page.editable()) {
                actions.add(Forms.button("presentation-remove-" + staffId, "consilium.ui.meeting.presentation.withdraw",
                        () -> remove(p)));
            }
            box.add(actions);
        }
        return box;
    }

    private void save(Presentation p, TextArea text) {
        Failures.clear(Map.of("text", text));
        Failures.on(Map.of("text", text), page.reload()).run(() -> {
            contributions.submitPresentation(p.id(), p.version(), text.getValue().strip());
            Notifications.success(getTranslation("consilium.ui.meeting.presentation.saved", p.staffName()));
            page.reload().run();
        });
    }

    private void remove(Presentation p) {
        Failures.run(() -> {
            contributions.removePresentation(p.id());
            page.reload().run();
        });
    }

    private Component requestBar(AgendaItem item) {
        ComboBox<StaffMember> specialist = StaffPicker.create(page.services().staff(), "presentation-staff",
                "consilium.ui.meeting.presentation.staff");
        specialist.setWidth("24em");
        Button request = Forms.button("presentation-request", "consilium.ui.meeting.presentation.request", () -> {
            if (specialist.getValue() == null) {
                Failures.required(specialist);
                return;
            }
            Failures.clear(Map.of("staffId", specialist));
            Failures.on(Map.of("staffId", specialist)).run(() -> {
                contributions.requestPresentation(item.id(), specialist.getValue().id());
                Notifications.success(getTranslation("consilium.ui.meeting.presentation.requested",
                        specialist.getValue().name().full()));
                page.reload().run();
            });
        });
        request.setIcon(VaadinIcon.PLUS.create());
        return Forms.bar(specialist, request);
    }
}
