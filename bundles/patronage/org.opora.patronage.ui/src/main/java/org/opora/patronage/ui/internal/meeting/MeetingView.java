package org.opora.patronage.ui.internal.meeting;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.core.kit.Confirm;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.ui.api.Notifications;
import org.opora.platform.ui.api.PdfDownload;

/**
 * One administrative meeting ({@code patronage/meeting/<id>}; regulation 003 section 3.1): the number, the day, who
 * chaired and who attended, the cases discussed with the curators' reports heard and the decisions, and the minutes
 * as PDF. While the minutes are not finalised the keeper corrects the header, puts open cases on the meeting, takes
 * them off, records the decisions and finalises the minutes, after which the page is read-only.
 */
public class MeetingView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    private final transient MeetingServices services;
    private long meetingId;

    public MeetingView(MeetingServices services) {
        this.services = services;
        setId("patronage-meeting");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        show(id);
    }

    /** Shows the meeting with the id, or that there is nothing to show. */
    void show(Long id) {
        if (id == null) {
            unavailable();
            return;
        }
        meetingId = id;
        load();
    }

    /** Reads the meeting afresh and shows it. */
    void load() {
        Optional<AdminMeeting> found = Failures.get(() -> services.meetings().get(meetingId));
        if (found.isEmpty()) {
            unavailable();
            return;
        }
        AdminMeeting m = found.get();
        removeAll();
        add(back(), header(m));
        if (!m.finalised()) {
            add(actions(m));
        }
        addAndExpand(items(m));
    }

    private Component back() {
        return Marks.link("patronage-meeting-back", PatronageTexts.MEETINGS_ROUTE,
                getTranslation("patronage.ui.meeting.back"));
    }

    private Component header(AdminMeeting m) {
        H2 title = new H2(getTranslation("patronage.ui.meeting.title", m.number(), Dates.format(m.date())));
        title.setId("patronage-meeting-title");
        title.getStyle().set("margin-bottom", "0");
        Span state = m.finalised()
                ? Marks.badge("patronage-meeting-state",
                        getTranslation("patronage.ui.meeting.finalisedOn", Dates.format(m.finalisedOn())),
                        "badge success")
                : Marks.badge("patronage-meeting-state", getTranslation("patronage.ui.meeting.draft"),
                        "badge");
        HorizontalLayout top = new HorizontalLayout(title, state, pdf(m));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span chair = new Span(getTranslation("patronage.ui.meeting.chairedBy", Marks.dash(m.chairedBy())));
        chair.setId("patronage-meeting-chair");
        Paragraph attendees = new Paragraph(getTranslation("patronage.ui.meeting.present",
                Marks.dash(m.attendees())));
        attendees.setId("patronage-meeting-attendees");
        attendees.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0");
        Div header = new Div(top, chair, attendees);
        header.setWidthFull();
        return header;
    }

    private Anchor pdf(AdminMeeting m) {
        Anchor pdf = PdfDownload.link(services.documents(), PatronageTexts.MINUTES_FORM, String.valueOf(m.id()),
                "minutes-" + m.id() + ".pdf", getTranslation("patronage.ui.meeting.pdf"), UI.getCurrent().getLocale());
        pdf.setId("patronage-meeting-pdf");
        return pdf;
    }

    private Component actions(AdminMeeting m) {
        Set<Long> onMeeting = m.items().stream().map(MeetingItem::caseId).collect(Collectors.toSet());
        Button add = Forms.primary("patronage-meeting-add-item", "patronage.ui.meeting.addItem",
                () -> new ItemDialog(services, m.id(), onMeeting, this::load).open());
        add.setIcon(VaadinIcon.PLUS.create());
        Button edit = Forms.button("patronage-meeting-edit", "patronage.ui.meeting.edit",
                () -> new MeetingDialog(services, m, m.number(), id -> load()).open());
        edit.setIcon(VaadinIcon.EDIT.create());
        Button finalise = Forms.button("patronage-meeting-finalise", "patronage.ui.meeting.finalise",
                () -> finalise(m));
        finalise.setIcon(VaadinIcon.CHECK.create());
        return Forms.bar(add, edit, finalise);
    }

    private void finalise(AdminMeeting m) {
        Confirm.ask("patronage-meeting-finalise-dialog", getTranslation("patronage.ui.meeting.finalise"),
                getTranslation("patronage.ui.meeting.finalise.text"),
                getTranslation("patronage.ui.meeting.finalise"), () -> Failures.on(Map.of(), this::load).run(() -> {
                    services.meetings().finalise(m.id(), m.version());
                    Notifications.success(getTranslation("patronage.ui.meeting.finalised"));
                    load();
                }));
    }

    private Grid<MeetingItem> items(AdminMeeting m) {
        Grid<MeetingItem> grid = Grids.grid("patronage-meeting-items-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MeetingItem::position).setHeader(getTranslation("patronage.ui.meeting.item.number"))
                .setWidth("3.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::pupil).setHeader(getTranslation("patronage.ui.meeting.item.pupilHeader"))
                .setWidth("12rem").setFlexGrow(2).setResizable(true);
        text(grid.addColumn(i -> Marks.dash(i.curators())), "patronage.ui.meeting.item.curators", 2);
        grid.addComponentColumn(this::report).setHeader(getTranslation("patronage.ui.meeting.item.report"))
                .setWidth("14rem").setFlexGrow(4).setResizable(true);
        text(grid.addColumn(i -> Marks.dash(i.decision())), "patronage.ui.meeting.decision", 4);
        if (!m.finalised()) {
            grid.addComponentColumn(this::itemActions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(m.items());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.meeting.items.none"));
        return grid;
    }

    private Component pupil(MeetingItem i) {
        String text = i.className().isEmpty() ? i.pupil()
                : getTranslation("patronage.ui.meeting.item.pupil", i.pupil(), i.className());
        return Marks.link("patronage-meeting-case-" + i.position(), PatronageTexts.caseHref(i.caseId()),
                text);
    }

    /** The report heard: its period, the work done and the results; a dash without one. */
    private Component report(MeetingItem i) {
        CuratorReport r = i.report();
        if (r == null) {
            return new Span(getTranslation("patronage.ui.meeting.item.noReport"));
        }
        Div cell = new Div(new Div(Marks.secondary(getTranslation("patronage.ui.meeting.item.reportLabel",
                PatronageTexts.period(r.from(), r.to()), r.author()))));
        cell.add(new Div(new Span(r.workDone())), new Div(new Span(r.results())));
        cell.setId("patronage-meeting-report-" + i.position());
        return cell;
    }

    private Component itemActions(MeetingItem i) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        box.add(Forms.rowButton("patronage-meeting-decision-" + i.position(), VaadinIcon.EDIT,
                "patronage.ui.meeting.decision.record", () -> new DecisionDialog(services, i, this::load).open()),
                Forms.rowButton("patronage-meeting-remove-" + i.position(), VaadinIcon.TRASH,
                        "patronage.ui.meeting.remove", () -> remove(i)));
        return box;
    }

    private void remove(MeetingItem i) {
        Confirm.ask("patronage-meeting-remove-dialog", getTranslation("patronage.ui.meeting.remove"),
                getTranslation("patronage.ui.meeting.remove.text", i.pupil()),
                getTranslation("patronage.ui.meeting.remove"), () -> Failures.on(Map.of(), this::load).run(() -> {
                    services.meetings().removeItem(i.id(), i.version());
                    Notifications.success(getTranslation("patronage.ui.meeting.removed"));
                    load();
                }));
    }

    private <T> void text(Grid.Column<T> column, String headerKey, int weight) {
        column.setHeader(getTranslation(headerKey)).setWidth("8rem").setFlexGrow(weight).setResizable(true);
    }

    /** The meeting cannot be shown: the kit has said why (not allowed, not found); nothing of it is shown. */
    private void unavailable() {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("patronage.ui.meeting.unavailable"));
        text.setId("patronage-meeting-unavailable");
        add(new H2(getTranslation("patronage.ui.meeting.page")), text);
    }
}
