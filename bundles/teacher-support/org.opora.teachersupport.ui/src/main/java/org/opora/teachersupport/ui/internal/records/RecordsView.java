package org.opora.teachersupport.ui.internal.records;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.platform.api.security.SecurityContext;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.TeacherSupportSettingsService;
import org.opora.teachersupport.api.record.SupportQuery;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.record.SupportSummary;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The support records the user may read ({@code teacher-support}), filtered by the teacher's name, the status and
 * the user's own records (those the user leads or takes part in). The administration decides here to support a
 * teacher; the holders of read-all find the year's summary from here.
 */
public class RecordsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private final TextField teacher = new TextField();
    private final ComboBox<SupportStatus> status = new ComboBox<>();
    private final Checkbox mine = new Checkbox();
    private final Grid<SupportSummary> grid = Grids.grid("ts-records-grid");

    /** The services the list and its dialog call. */
    public record Services(SupportService records, TeacherSupportSettingsService settings, StaffService staff,
            SecurityContext security) {
    }

    public RecordsView(Services services) {
        this.services = services;
        setId("ts-records");
        setSizeFull();
        add(new H2(getTranslation("teachersupport.ui.records.title")));
        Button open = null;
        if (has(TeacherSupportPermissions.MANAGE)) {
            open = Forms.primary("ts-open-record", "teachersupport.ui.records.open", this::openDialog);
            open.setIcon(VaadinIcon.PLUS.create());
        }
        Component year = has(TeacherSupportPermissions.READ_ALL)
                ? Marks.link("ts-records-year", SupportTexts.YEAR_ROUTE,
                        getTranslation("teachersupport.ui.records.year"))
                : null;
        add(Forms.bar(Arrays.stream(new Component[] {open, year}).filter(c -> c != null).toArray(Component[]::new)));
        add(filters());
        configureGrid();
        addAndExpand(grid);
    }

    private Component filters() {
        Forms.field(teacher, "ts-filter-teacher", "teachersupport.ui.records.teacher");
        teacher.setValueChangeMode(ValueChangeMode.LAZY);
        teacher.setClearButtonVisible(true);
        Forms.field(status, "ts-filter-status", "teachersupport.ui.records.status");
        status.setItems(SupportStatus.values());
        status.setItemLabelGenerator(s -> SupportTexts.label(SupportTexts.STATUS, s));
        status.setClearButtonVisible(true);
        Forms.field(mine, "ts-filter-mine", "teachersupport.ui.records.mine");
        mine.setVisible(has(TeacherSupportPermissions.WORK));
        teacher.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        return Forms.bar(teacher, status, mine);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::teacher).setHeader(getTranslation("teachersupport.ui.records.teacher"))
                .setWidth("14rem").setFlexGrow(3).setResizable(true);
        fixed(Grids.column(grid, s -> Dates.format(s.decidedOn()), "teachersupport.ui.records.decided"), "8rem");
        Grids.column(grid, SupportSummary::lead, "teachersupport.ui.records.lead").setAutoWidth(false)
                .setWidth("12rem").setFlexGrow(2);
        grid.addComponentColumn(s -> SupportTexts.status("ts-record-status-" + s.id(), s.status()))
                .setHeader(getTranslation("teachersupport.ui.records.status")).setWidth("9rem").setFlexGrow(0);
        fixed(Grids.column(grid, SupportSummary::problems, "teachersupport.ui.records.problems"), "7rem");
        fixed(Grids.column(grid, s -> Dates.format(s.concludedOn()), "teachersupport.ui.records.concluded"), "8rem");
        grid.setEmptyStateText(getTranslation("teachersupport.ui.records.none"));
        Grids.lazy(grid, (offset, limit) -> services.records().find(query(), offset, limit),
                () -> services.records().count(query()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
    }

    private static void fixed(Grid.Column<SupportSummary> column, String width) {
        column.setAutoWidth(false).setWidth(width).setFlexGrow(0);
    }

    private Component teacher(SupportSummary s) {
        Span name = new Span(s.teacher());
        name.setId("ts-record-row-" + s.id());
        return name;
    }

    /** What the filters ask for. */
    SupportQuery query() {
        return new SupportQuery(teacher.getValue(), status.getValue(), mine.getValue());
    }

    private void openDialog() {
        new OpenRecordDialog(services, this::open).open();
    }

    /** Opens the record's page. */
    void open(long recordId) {
        UI.getCurrent().navigate(SupportTexts.recordHref(recordId));
    }

    private boolean has(String permission) {
        return services.security().currentUser().map(u -> u.has(permission)).orElse(false);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
