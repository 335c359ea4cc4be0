package org.opora.consilium.ui.internal.meeting;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;

/**
 * The consilium's meetings the user may read ({@code consilium/meetings}), newest first, filtered by academic year,
 * status and kind. The chair, deputy chair, secretary and holders of {@code consilium.meeting.manage} create
 * meetings; a row opens the meeting.
 */
public class MeetingsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private final ComboBox<AcademicYear> year = new ComboBox<>();
    private final ComboBox<MeetingStatus> status = new ComboBox<>();
    private final ComboBox<MeetingKind> kind = new ComboBox<>();
    private final Grid<Meeting> grid = Grids.grid("meetings-grid");

    /** The services the list and its dialog call. */
    public record Services(MeetingService meetings, AgendaService agenda, ConsiliumService consilium,
            StaffService staff, PupilService pupils, SchoolService school, BodyRoles roles) {
    }

    public MeetingsView(Services services) {
        this.services = services;
        setId("meetings");
        setSizeFull();
        add(new H2(getTranslation("consilium.ui.meetings.title")), filters());
        if (Failures.read(services.consilium()::canCreateMeetings, false)) {
            Button add = Forms.primary("meetings-new", "consilium.ui.meetings.new", this::create);
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        }
        configureGrid();
        addAndExpand(grid);
    }

    private Component filters() {
        Forms.field(year, "meetings-year", "consilium.ui.common.year");
        year.setItems(Failures.read(services.school()::years, List.of()));
        year.setItemLabelGenerator(AcademicYear::label);
        year.setClearButtonVisible(true);
        Forms.field(status, "meetings-status", "consilium.ui.meeting.status");
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(MeetingTexts::status);
        status.setClearButtonVisible(true);
        Forms.field(kind, "meetings-kind", "consilium.ui.meeting.kind");
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(MeetingTexts::kind);
        kind.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        return Forms.bar(year, status, kind);
    }

    private void configureGrid() {
        Grids.column(grid, Meeting::number, "consilium.ui.meeting.number");
        Grids.column(grid, m -> Dates.format(m.date()), "consilium.ui.meeting.date");
        Grids.column(grid, m -> MeetingTexts.kind(m.kind()), "consilium.ui.meeting.kind");
        Grids.column(grid, Meeting::place, "consilium.ui.meeting.place").setFlexGrow(2);
        Grids.column(grid, Meeting::items, "consilium.ui.meetings.pupils");
        Grids.column(grid, m -> MeetingTexts.status(m.status()), "consilium.ui.meeting.status");
        grid.setEmptyStateText(getTranslation("consilium.ui.meetings.none"));
        Grids.lazy(grid, (offset, limit) -> services.meetings().find(query(), offset, limit),
                () -> services.meetings().count(query()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
    }

    private MeetingQuery query() {
        return new MeetingQuery(year.getValue() == null ? null : year.getValue().startYear(), status.getValue(),
                kind.getValue());
    }

    private void create() {
        Locale locale = UI.getCurrent().getLocale();
        ConsiliumSettings settings = Failures.read(() -> services.consilium().settings(locale), null);
        if (settings != null) {
            new MeetingDialog(services.meetings(), services.agenda(), services.consilium(), services.staff(),
                    services.pupils(), services.roles(), settings, this::open).open();
        }
    }

    /** Opens the meeting's page. */
    void open(long meetingId) {
        UI.getCurrent().navigate(MeetingView.ROUTE + "/" + meetingId);
    }

    private void refresh() {
        Failures.run(() -> grid.getDataProvider().refreshAll());
    }
}
