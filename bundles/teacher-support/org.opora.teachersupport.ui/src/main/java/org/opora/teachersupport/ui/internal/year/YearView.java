package org.opora.teachersupport.ui.internal.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ListItem;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.TeacherSupportSettingsService;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.year.DevelopmentNeed;
import org.opora.teachersupport.api.year.YearService;
import org.opora.teachersupport.api.year.YearSummary;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The year's summary of the methodological support ({@code teacher-support/year}): how many teachers were supported
 * and where their records stand, how many had a difficulty of each type, the outcomes of the conclusions signed in
 * the year (verdicts, problems removed, the teachers' needs), and the teachers who need professional development.
 */
public class YearView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient YearService years;
    private final transient TeacherSupportSettings settings;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final VerticalLayout content = new VerticalLayout();

    /** One line of a table of figures. */
    record Figure(String label, int count) {
    }

    public YearView(YearService years, TeacherSupportSettingsService settings) {
        this.years = years;
        this.settings = SupportTexts.settings(settings, getLocale());
        setId("ts-year");
        int current = AcademicYear.containing(LocalDate.now()).startYear();
        Forms.field(year, "ts-year-select", "teachersupport.ui.year.year");
        year.setItems(IntStream.rangeClosed(current - 4, current).boxed().toList());
        year.setItemLabelGenerator(y -> new AcademicYear(y).label());
        year.setValue(current);
        year.addValueChangeListener(e -> show());
        content.setPadding(false);
        add(new H2(getTranslation("teachersupport.ui.year.title")), year, content);
        show();
    }

    private void show() {
        content.removeAll();
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        Optional<YearSummary> found = Failures.get(() -> years.summary(y));
        if (found.isEmpty()) {
            return;
        }
        YearSummary s = found.get();
        Paragraph teachers = new Paragraph(getTranslation("teachersupport.ui.year.teachers", s.teachers()));
        teachers.setId("ts-year-teachers");
        content.add(teachers);
        FlexLayout tables = new FlexLayout();
        tables.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tables.getStyle().set("gap", "var(--lumo-space-l)");
        tables.setWidthFull();
        tables.add(table("ts-year-status", "teachersupport.ui.year.byStatus",
                enumFigures(SupportStatus.values(), s.byStatus(), SupportTexts.STATUS)));
        tables.add(table("ts-year-difficulty", "teachersupport.ui.year.byDifficulty", difficulty(s)));
        tables.add(table("ts-year-verdicts", "teachersupport.ui.year.verdicts",
                enumFigures(Verdict.values(), s.verdicts(), SupportTexts.VERDICT)));
        tables.add(table("ts-year-removed", "teachersupport.ui.year.removed",
                enumFigures(ProblemsRemoved.values(), s.removed(), SupportTexts.REMOVED)));
        tables.add(table("ts-year-needs", "teachersupport.ui.year.needs",
                enumFigures(TeacherNeed.values(), s.needs(), SupportTexts.NEED)));
        content.add(tables, new H3(getTranslation("teachersupport.ui.year.development")), development(s));
    }

    /** Every configured type of difficulty, and any other a record of the year has. */
    private List<Figure> difficulty(YearSummary s) {
        List<Figure> figures = new ArrayList<>();
        List<String> codes = new ArrayList<>(settings.difficultyTypes().stream().map(ListItem::code).toList());
        s.teachersByDifficulty().keySet().stream().filter(c -> !codes.contains(c)).sorted().forEach(codes::add);
        codes.forEach(c -> figures.add(new Figure(TeacherSupportSettings.label(settings.difficultyTypes(), c),
                s.teachersByDifficulty().getOrDefault(c, 0))));
        return figures;
    }

    private static <E extends Enum<E>> List<Figure> enumFigures(E[] values, Map<E, Integer> counts, String kind) {
        List<Figure> figures = new ArrayList<>();
        for (E v : values) {
            figures.add(new Figure(SupportTexts.label(kind, v), counts.getOrDefault(v, 0)));
        }
        return figures;
    }

    private Component table(String id, String titleKey, List<Figure> figures) {
        Grid<Figure> grid = Grids.grid(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Figure::label).setHeader(getTranslation(titleKey)).setFlexGrow(1);
        grid.addColumn(Figure::count).setHeader(getTranslation("teachersupport.ui.year.count")).setWidth("6rem")
                .setFlexGrow(0);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.setWidth("30rem");
        return grid;
    }

    private Component development(YearSummary s) {
        Grid<DevelopmentNeed> grid = Grids.grid("ts-year-development");
        grid.addComponentColumn(d -> Marks.link("ts-year-record-" + d.recordId(),
                SupportTexts.recordHref(d.recordId()), d.teacher()))
                .setHeader(getTranslation("teachersupport.ui.year.teacher")).setAutoWidth(true);
        Grids.column(grid, DevelopmentNeed::what, "teachersupport.ui.year.what");
        grid.setItems(s.development());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("teachersupport.ui.year.noDevelopment"));
        return grid;
    }
}
