package org.opora.consilium.ui.internal.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.core.api.pupil.Representative;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.platform.ui.api.Notifications;

/**
 * The parents (legal representatives) invited to the discussion of one pupil, and whether they came. Who keeps a
 * meeting in preparation invites a representative from the pupil's card or types a name, records attendance and
 * removes an invitation. Row controls carry the invitation's id ({@code parent-attendance-7}).
 */
class ParentsSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient MeetingPage page;
    private final transient ContributionService contributions;
    private final transient AgendaItem item;

    ParentsSection(MeetingPage page, AgendaItem item) {
        this.page = page;
        this.contributions = page.services().contributions();
        this.item = item;
        setId("item-parents");
        setPadding(false);
        Grid<ParentInvitation> grid = Grids.grid("parents-grid");
        Grids.column(grid, ParentInvitation::name, "consilium.ui.meeting.parent.name").setFlexGrow(2);
        Grids.column(grid, p -> Dates.format(p.invitedOn()), "consilium.ui.meeting.parent.invitedOn");
        grid.addComponentColumn(this::attendance).setHeader(getTranslation("consilium.ui.meeting.parent.attendance"))
                .setAutoWidth(true);
        if (page.editable()) {
            grid.addComponentColumn(p -> Forms.rowButton("parent-remove-" + p.id(), VaadinIcon.TRASH,
                    "consilium.ui.common.remove", () -> remove(p))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(item.parents());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consilium.ui.meeting.parent.none"));
        add(grid);
        if (page.editable()) {
            add(inviteBar());
        }
    }

    private Component inviteBar() {
        List<Representative> representatives = Failures.read(
                () -> page.services().pupils().card(item.pupilId()).representatives(), List.of());
        ComboBox<Representative> who = Forms.field(new ComboBox<>(), "parent-invite", "consilium.ui.meeting.parent.invite");
        who.setItems(representatives);
        who.setItemLabelGenerator(Representative::fullName);
        who.setAllowCustomValue(true);
        who.setHelperText(getTranslation("consilium.ui.meeting.parent.invite.help"));
        who.setWidth("24em");
        String[] typed = {""};
        who.addCustomValueSetListener(e -> typed[0] = e.getDetail().strip());
        who.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                typed[0] = "";
            }
        });
        DatePicker on = Dates.picker("parent-invited-on", "consilium.ui.meeting.parent.invitedOn");
        on.setValue(LocalDate.now());
        Map<String, HasValidation> fields = Map.of("name", who, "representativeId", who, "invitedOn", on);
        return Forms.bar(who, on, Forms.primary("parent-save", "consilium.ui.meeting.parent.save", () -> {
            Failures.clear(fields);
            Representative r = who.getValue();
            if (r == null && typed[0].isEmpty()) {
                Failures.required(who);
                return;
            }
            ParentInvitationDraft draft = r != null
                    ? new ParentInvitationDraft(r.id(), null, null, on.getValue())
                    : new ParentInvitationDraft(null, typed[0], "", on.getValue());
            Failures.on(fields).run(() -> {
                contributions.inviteParent(item.id(), draft);
                Notifications.success(getTranslation("consilium.ui.meeting.parent.invited",
                        r != null ? r.fullName() : typed[0]));
                page.reload().run();
            });
        }));
    }

    private Component attendance(ParentInvitation p) {
        if (!page.editable()) {
            return new Span(MeetingTexts.attendance(p.attendance()));
        }
        ComboBox<Attendance> box = new ComboBox<>();
        box.setId("parent-attendance-" + p.id());
        box.setItems(Attendance.values());
        box.setItemLabelGenerator(MeetingTexts::attendance);
        box.setValue(p.attendance());
        box.setAriaLabel(getTranslation("consilium.ui.meeting.parent.attendance"));
        box.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            Failures.run(() -> contributions.setParentAttendance(p.id(), e.getValue()));
        });
        return box;
    }

    private void remove(ParentInvitation p) {
        Failures.run(() -> {
            contributions.removeInvitation(p.id());
            page.reload().run();
        });
    }
}
