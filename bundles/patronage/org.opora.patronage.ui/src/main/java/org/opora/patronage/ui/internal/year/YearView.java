package org.opora.patronage.ui.internal.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.year.CategoryFigures;
import org.opora.patronage.api.year.Schedule;
import org.opora.patronage.api.year.ScheduleEntry;
import org.opora.patronage.api.year.YearService;
import org.opora.patronage.api.year.YearSummary;
import org.opora.patronage.ui.internal.common.CoordinatorNote;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.Notifications;
import org.opora.platform.ui.api.PdfDownload;

/**
 * The patronage's year ({@code patronage/year}, regulation 003 section 2.2): the schedule of work with its lines and
 * the director's approval, and the year's summary per category with the effective practice. The coordinator writes
 * the schedule and the practice, the director approves; the summary is shown to those who keep or read every case.
 */
public class YearView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The printed schedule (the impl's form patronage.schedule). */
    static final String SCHEDULE_FORM = "patronage.schedule";

    private final transient Services services;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final VerticalLayout content = new VerticalLayout();
    /** Whether the user keeps cases; {@code null} until asked. */
    private Boolean keeps;

    /** The services the view calls. */
    public record Services(YearService years, CaseService cases, PatronageSettingsService settings,
            DocumentService documents, StaffService staff, SecurityContext security) {
    }

    public YearView(Services services) {
        this.services = services;
        setId("patronage-year");
        int current = AcademicYear.containing(LocalDate.now()).startYear();
        Forms.field(year, "patronage-year-select", "patronage.ui.year.year");
        year.setItems(IntStream.rangeClosed(current - 4, current + 1).boxed().toList());
        year.setItemLabelGenerator(y -> new AcademicYear(y).label());
        year.setValue(current);
        year.addValueChangeListener(e -> show());
        content.setPadding(false);
        add(new H2(getTranslation("patronage.ui.year.page")), year, content);
        show();
    }

    /**
     * Whether the user writes the schedule and the practice, as the service decides: the coordinator, not every holder
     * of {@code patronage.coordinate}. Read once per view.
     */
    private boolean keeps() {
        if (keeps == null) {
            keeps = has(PatronagePermissions.COORDINATE) && Failures.read(services.cases()::mayOpen, false);
        }
        return keeps;
    }

    private boolean has(String permission) {
        OporaUser user = services.security().currentUser().orElse(null);
        return user != null && user.has(permission);
    }

    /** Reads the chosen year afresh. */
    void show() {
        content.removeAll();
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        if (has(PatronagePermissions.COORDINATE) && !keeps()) {
            content.add(CoordinatorNote.of(services.staff(),
                    PatronageTexts.settings(services.settings(), getLocale()).coordinatorType(),
                    services.security().currentUser().orElse(null), "patronage-not-coordinator"));
        }
        Failures.get(() -> services.years().schedule(y)).ifPresent(s -> content.add(schedule(s)));
        if (has(PatronagePermissions.READ_ALL) || keeps()) {
            PatronageSettings settings = PatronageTexts.settings(services.settings(), getLocale());
            Failures.get(() -> services.years().summary(y)).ifPresent(s -> content.add(summary(s, settings)));
        }
    }

    private Component schedule(Schedule s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("patronage.ui.year.schedule")));
        Span state = new Span(s.approved() ? getTranslation("patronage.ui.year.approved", s.approvedBy(),
                Dates.format(s.approvedOn())) : getTranslation("patronage.ui.year.notApproved"));
        state.setId("patronage-schedule-state");
        state.getElement().getThemeList().add(s.approved() ? "badge success" : "badge contrast");
        Anchor pdf = PdfDownload.link(services.documents(), SCHEDULE_FORM, String.valueOf(s.year()),
                "schedule-" + s.year() + ".pdf", getTranslation("patronage.ui.year.pdf"), UI.getCurrent().getLocale());
        pdf.setId("patronage-schedule-pdf");
        box.add(new HorizontalLayout(state, pdf));
        boolean writes = !s.approved() && keeps();
        HorizontalLayout actions = new HorizontalLayout();
        if (writes) {
            Button add = Forms.primary("patronage-schedule-add", "patronage.ui.year.add",
                    () -> new EntryDialog(services.years(), s.year(), null, this::show).open());
            add.setIcon(VaadinIcon.PLUS.create());
            actions.add(add);
        }
        if (!s.approved() && has(PatronagePermissions.APPOINT) && !s.entries().isEmpty()) {
            actions.add(Forms.button("patronage-schedule-approve", "patronage.ui.year.approve",
                    () -> Confirm.ask("patronage-schedule-approve-confirm", getTranslation("patronage.ui.year.approve"),
                            getTranslation("patronage.ui.year.approve.text"), getTranslation("patronage.ui.year.approve"),
                            () -> approve(s)).open()));
        }
        box.add(actions);
        Grid<ScheduleEntry> grid = Grids.grid("patronage-schedule-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ScheduleEntry::when).setHeader(getTranslation("patronage.ui.year.when")).setFlexGrow(1);
        grid.addColumn(ScheduleEntry::activity).setHeader(getTranslation("patronage.ui.year.activity")).setFlexGrow(3);
        grid.addColumn(ScheduleEntry::responsible).setHeader(getTranslation("patronage.ui.year.responsible"))
                .setFlexGrow(1);
        if (writes) {
            grid.addComponentColumn(e -> rowActions(e, s.year())).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(s.entries());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.year.empty"));
        box.add(grid);
        return box;
    }

    private Component rowActions(ScheduleEntry e, int y) {
        return new HorizontalLayout(
                Forms.rowButton("patronage-schedule-edit-" + e.id(), VaadinIcon.EDIT, "patronage.ui.year.edit",
                        () -> new EntryDialog(services.years(), y, e, this::show).open()),
                Forms.rowButton("patronage-schedule-remove-" + e.id(), VaadinIcon.TRASH, "patronage.ui.year.remove",
                        () -> {
                            if (Failures.run(() -> services.years().removeEntry(e.id(), e.version()))) {
                                show();
                            }
                        }));
    }

    private void approve(Schedule s) {
        if (Failures.run(() -> services.years().approve(s.year(), s.version(), LocalDate.now()))) {
            Notifications.success(getTranslation("patronage.ui.year.approvedNow"));
        }
        show();
    }

    private Component summary(YearSummary s, PatronageSettings settings) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("patronage.ui.year.summary")));
        Grid<CategoryFigures> grid = Grids.grid("patronage-summary-grid");
        grid.addColumn(f -> settings.categoryLabel(f.category())).setHeader(getTranslation("patronage.ui.year.category"))
                .setFlexGrow(2);
        column(grid, "patronage.ui.year.opened", CategoryFigures::opened);
        column(grid, "patronage.ui.year.closed", CategoryFigures::closed);
        column(grid, "patronage.ui.year.open", CategoryFigures::openAtEnd);
        column(grid, "patronage.ui.year.rowsDone", CategoryFigures::rowsDone);
        column(grid, "patronage.ui.year.rowsOverdue", CategoryFigures::rowsOverdue);
        column(grid, "patronage.ui.year.contacts", CategoryFigures::contacts);
        grid.setItems(s.categories());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.year.noCases"));
        box.add(grid);
        TextArea practice = Forms.field(new TextArea(), "patronage-summary-practice", "patronage.ui.year.practice");
        practice.setWidthFull();
        practice.setValue(s.effectivePractice());
        practice.setHelperText(getTranslation("patronage.ui.year.practice.help"));
        box.add(practice);
        if (keeps()) {
            box.add(Forms.button("patronage-summary-save", "core.kit.common.save", () -> {
                practice.setInvalid(false);
                if (Failures.on(Map.of("effectivePractice", practice), this::show).run(
                        () -> services.years().writeEffectivePractice(s.year(), s.version(), practice.getValue()))) {
                    Notifications.success(getTranslation("patronage.ui.year.practiceSaved"));
                    show();
                }
            }));
        } else {
            practice.setReadOnly(true);
        }
        if (s.categories().isEmpty()) {
            box.add(new Paragraph(getTranslation("patronage.ui.year.noCases")));
        }
        return box;
    }

    private void column(Grid<CategoryFigures> grid, String key, java.util.function.ToIntFunction<CategoryFigures> f) {
        grid.addColumn(x -> f.applyAsInt(x)).setHeader(getTranslation(key)).setWidth("8rem")
                .setFlexGrow(0);
    }

    /** For the view tests: the years offered. */
    List<Integer> years() {
        return year.getListDataView().getItems().toList();
    }
}
