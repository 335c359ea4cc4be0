package org.opora.core.ui.internal.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.DirectionCount;
import org.opora.core.api.activity.ServiceWork;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;

/**
 * The service's work by direction (000 §3): the activities every installed module reports for a period (the current
 * academic year at first) with the count per direction of work; a direction chosen, or a count clicked, narrows the
 * rows; a row opens the record it is about. The rows are those of one period, which bounds them.
 */
public class ServiceWorkView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** The direction filter's value for every direction (the combo box's empty value is «all»). */
    private static final String NONE = ActivityQuery.UNSPECIFIED;

    private final transient ServiceWork work;
    private final transient Labels directions;
    private final DatePicker from = Dates.picker("work-from", "core.ui.work.from");
    private final DatePicker to = Dates.picker("work-to", "core.ui.work.to");
    private final ComboBox<String> direction = new ComboBox<>();
    private final FlexLayout counts = new FlexLayout();
    private final Span total = new Span();
    private final Grid<Activity> grid = Grids.grid("work-grid");

    public ServiceWorkView(ServiceWork work, ReferenceLists lists) {
        this.work = work;
        Locale locale = UI.getCurrent().getLocale();
        this.directions = Labels.of(lists, ReferenceList.DIRECTIONS, locale);
        setId("service-work");
        setSizeFull();
        AcademicYear year = AcademicYear.containing(LocalDate.now());
        from.setValue(year.firstDay());
        to.setValue(year.lastDay());
        Forms.field(direction, "work-direction", "core.kit.direction");
        direction.setItems(Stream.concat(directions.codes().stream(), Stream.of(NONE)).toList());
        direction.setItemLabelGenerator(this::label);
        direction.setClearButtonVisible(true);
        direction.setPlaceholder(getTranslation("core.ui.work.allDirections"));
        direction.setWidth("24em");
        from.addValueChangeListener(e -> reload());
        to.addValueChangeListener(e -> reload());
        direction.addValueChangeListener(e -> reload());
        counts.setId("work-counts");
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-s)");
        total.setId("work-total");
        add(new H2(getTranslation("core.ui.work.title")), Forms.bar(from, to, direction), counts, total);
        configureGrid();
        addAndExpand(grid);
        reload();
    }

    private String label(String code) {
        return DirectionField.label(directions, code);
    }

    /**
     * Four columns that fit a 1280-px screen beside the menu: the date, the direction with the kind of work below it,
     * the activity, and the pupil or teacher with who carried it out below; long texts wrap rather than being cut.
     */
    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.column(grid, a -> Dates.format(a.date()), "core.ui.work.date").setAutoWidth(false).setWidth("7.5rem")
                .setFlexGrow(0);
        narrow(grid.addComponentColumn(a -> twoLines(label(a.direction()), a.kind()))
                .setHeader(getTranslation("core.ui.work.directionKind")), "10rem", 2);
        narrow(Grids.column(grid, Activity::title, "core.ui.work.activity"), "12rem", 4);
        narrow(grid.addComponentColumn(a -> twoLines(a.person(), a.who()))
                .setHeader(getTranslation("core.ui.work.personWho")), "10rem", 2);
        grid.addItemClickListener(e -> {
            if (!e.getItem().route().isEmpty()) {
                UI.getCurrent().navigate(e.getItem().route());
            }
        });
    }

    /** A cell of two lines: the first as text, the second smaller and grey; an empty second line is left out. */
    private static Div twoLines(String first, String second) {
        Div cell = new Div(new Div(new Span(first)));
        if (!second.isEmpty()) {
            Span below = new Span(second);
            below.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(new Div(below));
        }
        cell.getStyle().set("overflow-wrap", "anywhere");
        return cell;
    }

    /** A column that shares the width by its weight, so that no column pushes the grid wider than the page. */
    private static void narrow(Grid.Column<Activity> column, String width, int weight) {
        column.setAutoWidth(false).setWidth(width).setFlexGrow(weight).setResizable(true);
    }

    private void reload() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setInvalid(to.getValue() != null);
            to.setErrorMessage(getTranslation("core.ui.work.period"));
            return;
        }
        to.setInvalid(false);
        Locale locale = UI.getCurrent().getLocale();
        String chosen = direction.getValue() == null ? ActivityQuery.ALL : direction.getValue();
        ActivityQuery query = new ActivityQuery(from.getValue(), to.getValue(), chosen);
        List<DirectionCount> perDirection = Failures.read(() -> work.counts(query, locale), List.of());
        counts.removeAll();
        perDirection.forEach(c -> {
            Button b = new Button(c.label() + ": " + c.count(), e -> direction.setValue(c.code()));
            b.setId("work-count-" + (c.code().isEmpty() ? "none" : c.code()));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    c.code().equals(direction.getValue()) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            counts.add(b);
        });
        List<Activity> rows = Failures.read(() -> work.activities(query, locale), List.of());
        total.setText(getTranslation("core.ui.work.total", rows.size()));
        grid.setItems(rows);
    }
}
