package org.opora.consilium.ui.internal.meeting;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.ParticipantDraft;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * The participants tab: the staff and the invited external specialists, and who attended. Who keeps a meeting in
 * preparation adds staff members and external specialists, removes participants and marks attendance. Row controls
 * carry the participant's id ({@code participant-attended-12}).
 */
class ParticipantsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient MeetingPage page;
    private final transient ParticipantService participants;

    ParticipantsPanel(MeetingPage page) {
        this.page = page;
        this.participants = page.services().participants();
        setId("meeting-participants");
        setPadding(false);
        long meetingId = page.meeting().id();
        List<Participant> list = Failures.read(() -> participants.participants(meetingId), List.of());
        if (page.editable()) {
            add(addBar());
        }
        Grid<Participant> grid = Grids.grid("participants-grid");
        Grids.column(grid, Participant::name, "consilium.ui.meeting.participant.name").setFlexGrow(2);
        Grids.column(grid, p -> p.external() && !p.organisation().isEmpty()
                ? getTranslation("consilium.ui.meeting.participant.positionAt", p.position(), p.organisation())
                : p.position(), "consilium.ui.meeting.participant.position").setFlexGrow(2);
        Grids.column(grid, p -> getTranslation(p.external() ? "consilium.ui.meeting.participant.external"
                : "consilium.ui.meeting.participant.staff"), "consilium.ui.meeting.participant.kind");
        grid.addComponentColumn(this::attendance).setHeader(getTranslation("consilium.ui.meeting.participant.attended"))
                .setAutoWidth(true).setFlexGrow(0);
        if (page.editable()) {
            grid.addComponentColumn(p -> Forms.rowButton("participant-remove-" + p.id(), VaadinIcon.TRASH,
                    "consilium.ui.common.remove", () -> remove(p))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consilium.ui.meeting.participant.none"));
        add(grid);
    }

    private Component addBar() {
        ComboBox<StaffMember> member = StaffPicker.create(page.services().staff(), "participant-staff",
                "consilium.ui.meeting.participant.addStaff");
        member.setWidth("24em");
        Button addStaff = Forms.primary("participant-add", "consilium.ui.meeting.participant.add", () -> {
            if (member.getValue() == null) {
                Failures.required(member);
                return;
            }
            add(ParticipantDraft.staff(member.getValue().id()), member.getValue().name().full(), member);
        });
        Button addExternal = Forms.button("participant-add-external", "consilium.ui.meeting.participant.addExternal",
                () -> new ExternalDialog(page).open());
        addExternal.setIcon(VaadinIcon.PLUS.create());
        return Forms.bar(member, addStaff, addExternal);
    }

    private void add(ParticipantDraft draft, String name, ComboBox<StaffMember> member) {
        Failures.clear(Map.of("staffId", member));
        Failures.on(Map.of("staffId", member)).run(() -> {
            participants.addParticipant(page.meeting().id(), draft);
            Notifications.success(getTranslation("consilium.ui.meeting.participant.added", name));
            page.reload().run();
        });
    }

    private Component attendance(Participant p) {
        if (!page.editable()) {
            return new Span(p.attended() == null ? "" : getTranslation(p.attended()
                    ? "consilium.ui.meeting.participant.present" : "consilium.ui.meeting.participant.absent"));
        }
        Checkbox box = new Checkbox(Boolean.TRUE.equals(p.attended()));
        box.setId("participant-attended-" + p.id());
        box.setIndeterminate(p.attended() == null);
        box.setAriaLabel(getTranslation("consilium.ui.meeting.participant.attended"));
        box.addValueChangeListener(e -> {
            Failures.run(() -> {
                participants.setAttendance(p.id(), Boolean.TRUE.equals(e.getValue()));
                box.setIndeterminate(false);
            });
        });
        return box;
    }

    private void remove(Participant p) {
        Confirm.ask("participant-remove", getTranslation("consilium.ui.meeting.participant.remove.title"),
                getTranslation("consilium.ui.meeting.participant.remove.text", p.name()),
                getTranslation("consilium.ui.common.remove"), () -> {
                    Failures.run(() -> {
                        participants.removeParticipant(p.id());
                        page.reload().run();
                    });
                });
    }
}
