package org.opora.patronage.ui.internal.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.meeting.MeetingSummary;
import org.opora.patronage.ui.internal.common.PatronageTexts;

/**
 * The director's administrative meetings on the results of the patronage ({@code patronage/meetings}; regulation 003
 * section 3.1), newest first, with the number of cases discussed and whether the minutes are finalised. A new
 * meeting is created here and opens on its own page.
 */
public class MeetingsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)$");

    private final transient MeetingServices services;

    public MeetingsView(MeetingServices services) {
        this.services = services;
        setId("patronage-meetings");
        setSizeFull();
        add(new H2(getTranslation("patronage.ui.meetings.title")));
        Paragraph hint = new Paragraph(getTranslation("patronage.ui.meetings.hint"));
        hint.setId("patronage-meetings-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        add(hint);
        List<MeetingSummary> meetings = Failures.read(() -> services.meetings().find(), List.<MeetingSummary>of());
        if (has(PatronagePermissions.MEETING)) {
            Button create = Forms.primary("patronage-meeting-new", "patronage.ui.meetings.new",
                    () -> new MeetingDialog(services, null, nextNumber(meetings), this::open).open());
            create.setIcon(VaadinIcon.PLUS.create());
            add(create);
        }
        addAndExpand(grid(meetings));
    }

    private Grid<MeetingSummary> grid(List<MeetingSummary> meetings) {
        Grid<MeetingSummary> grid = Grids.grid("patronage-meetings-grid");
        grid.addComponentColumn(this::number).setHeader(getTranslation("patronage.ui.meeting.number"))
                .setWidth("7rem").setFlexGrow(0);
        Grids.column(grid, m -> Dates.format(m.date()), "patronage.ui.meeting.date").setAutoWidth(false)
                .setWidth("8rem").setFlexGrow(0);
        Grids.column(grid, MeetingSummary::chairedBy, "patronage.ui.meeting.chair").setFlexGrow(2);
        Grids.column(grid, MeetingSummary::items, "patronage.ui.meetings.items").setAutoWidth(false)
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("patronage.ui.meeting.state"))
                .setWidth("12rem").setFlexGrow(1);
        grid.setItems(meetings);
        grid.setEmptyStateText(getTranslation("patronage.ui.meetings.none"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        return grid;
    }

    private Component number(MeetingSummary m) {
        Span number = new Span(m.number());
        number.setId("patronage-meeting-row-" + m.id());
        return number;
    }

    private Component state(MeetingSummary m) {
        return m.finalised()
                ? Marks.badge("patronage-meeting-finalised-" + m.id(),
                        getTranslation("patronage.ui.meeting.finalisedOn", Dates.format(m.finalisedOn())),
                        "badge success")
                : Marks.badge("patronage-meeting-draft-" + m.id(),
                        getTranslation("patronage.ui.meeting.draft"), "badge");
    }

    /** The number after the highest plain number of this year's meetings, "1" for the first. */
    static String nextNumber(List<MeetingSummary> meetings) {
        int year = LocalDate.now().getYear();
        int highest = 0;
        for (MeetingSummary m : meetings) {
            Matcher n = NUMBER.matcher(m.number().strip());
            if (m.date().getYear() == year && n.find() && n.group(1).length() < 9) {
                highest = Math.max(highest, Integer.parseInt(n.group(1)));
            }
        }
        return String.valueOf(highest + 1);
    }

    /** Opens the meeting's page. */
    void open(long meetingId) {
        UI.getCurrent().navigate(PatronageTexts.meetingHref(meetingId));
    }

    private boolean has(String permission) {
        return services.security().currentUser().map(u -> u.has(permission)).orElse(false);
    }
}
