package org.opora.patronage.ui.internal.cases;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.opora.core.api.ListItem;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.cases.PupilAtRisk;
import org.opora.patronage.ui.internal.common.CoordinatorNote;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.api.security.SecurityContext;

/**
 * The patronage cases the user works on or may read ({@code patronage/cases}), filtered by the pupil's name, the
 * category, open cases only, cases without a curator and the user's own cases. The coordinator opens a case here;
 * above the list, the coordinator and the administration see the pupils of a mandatory category (regulation 003
 * section 1.3) who have no open case, each with a button that opens one for them.
 */
public class CasesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private final transient PatronageSettings settings;
    private final TextField text = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox(true);
    private final Checkbox withoutCurator = new Checkbox();
    private final Checkbox mine = new Checkbox();
    private final Grid<CaseSummary> grid = Grids.grid("patronage-cases-grid");
    /** Whether the user opens cases; {@code null} until asked. */
    private Boolean opens;

    /** The services the list, its panel and its dialog call. */
    public record Services(CaseService cases, PatronageSettingsService settings, PupilService pupils,
            StaffService staff, SecurityContext security) {
    }

    public CasesView(Services services) {
        this.services = services;
        this.settings = PatronageTexts.settings(services.settings(), getLocale());
        setId("patronage-cases");
        setSizeFull();
        add(new H2(getTranslation("patronage.ui.cases.title")));
        if (opens()) {
            Button open = Forms.primary("patronage-open-case", "patronage.ui.cases.open",
                    () -> openDialog(null, null));
            open.setIcon(VaadinIcon.PLUS.create());
            add(open);
        } else if (has(PatronagePermissions.COORDINATE)) {
            add(CoordinatorNote.of(services.staff(), settings.coordinatorType(),
                    services.security().currentUser().orElse(null), "patronage-not-coordinator"));
        }
        List<PupilAtRisk> atRisk = Failures.read(() -> services.cases().mandatoryWithoutCase(),
                List.<PupilAtRisk>of());
        if (!atRisk.isEmpty()) {
            add(mandatory(atRisk));
        }
        add(filters());
        configureGrid();
        addAndExpand(grid);
    }

    /** The pupils of a mandatory category without an open case, each with a button that opens one. */
    private Component mandatory(List<PupilAtRisk> pupils) {
        VerticalLayout box = new VerticalLayout();
        box.setId("patronage-mandatory");
        box.setPadding(false);
        box.setSpacing(false);
        H4 title = new H4(getTranslation("patronage.ui.mandatory.title"));
        title.getStyle().set("color", "var(--lumo-error-text-color)");
        Grid<PupilAtRisk> list = Grids.grid("patronage-mandatory-grid");
        Grids.column(list, PupilAtRisk::pupil, "patronage.ui.cases.pupil");
        Grids.column(list, PupilAtRisk::className, "patronage.ui.cases.class");
        Grids.column(list, p -> settings.categoryLabel(p.category()), "patronage.ui.cases.category");
        if (opens()) {
            list.addComponentColumn(p -> Forms.button("patronage-mandatory-open-" + p.pupilId(),
                    "patronage.ui.cases.open", () -> openDialog(p.pupilId(), p.category()))).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        list.setItems(pupils);
        list.setAllRowsVisible(true);
        box.add(title, list);
        return box;
    }

    private Component filters() {
        Forms.field(text, "patronage-filter-text", "patronage.ui.cases.text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        Forms.field(category, "patronage-filter-category", "patronage.ui.cases.category");
        category.setItems(settings.categories().stream().map(ListItem::code).toList());
        category.setItemLabelGenerator(settings::categoryLabel);
        category.setClearButtonVisible(true);
        Forms.field(openOnly, "patronage-filter-open", "patronage.ui.cases.openOnly");
        Forms.field(withoutCurator, "patronage-filter-without-curator", "patronage.ui.cases.withoutCurator");
        Forms.field(mine, "patronage-filter-mine", "patronage.ui.cases.mine");
        mine.setVisible(has(PatronagePermissions.WORK));
        text.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> refresh());
        withoutCurator.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        return Forms.bar(text, category, openOnly, withoutCurator, mine);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::pupil).setHeader(getTranslation("patronage.ui.cases.pupil"))
                .setWidth("14rem").setFlexGrow(3).setResizable(true);
        fixed(Grids.column(grid, CaseSummary::className, "patronage.ui.cases.class"), "5rem");
        Grids.column(grid, s -> settings.categoryLabel(s.category()), "patronage.ui.cases.category")
                .setAutoWidth(false).setWidth("10rem").setFlexGrow(2);
        fixed(Grids.column(grid, s -> Dates.format(s.openedOn()), "patronage.ui.cases.opened"), "7rem");
        fixed(Grids.column(grid, s -> Dates.format(s.closedOn()), "patronage.ui.cases.closed"), "7rem");
        grid.addComponentColumn(this::curators).setHeader(getTranslation("patronage.ui.cases.curators"))
                .setWidth("12rem").setFlexGrow(2).setResizable(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.cases.none"));
        Grids.lazy(grid, (offset, limit) -> services.cases().find(query(), offset, limit),
                () -> services.cases().count(query()));
        grid.addItemClickListener(e -> {
            if (e.getItem().readable()) {
                open(e.getItem().id());
            }
        });
    }

    private static void fixed(Grid.Column<CaseSummary> column, String width) {
        column.setAutoWidth(false).setWidth(width).setFlexGrow(0);
    }

    private Component pupil(CaseSummary s) {
        Span name = new Span(s.pupil());
        name.setId("patronage-case-row-" + s.id());
        return name;
    }

    /** The curators today; a case without one says so in red while it is open. */
    private Component curators(CaseSummary s) {
        if (!s.curators().isEmpty() || !s.open()) {
            return new Span(Marks.names(s.curators()));
        }
        return Marks.badge("patronage-no-curator-" + s.id(), getTranslation("patronage.ui.cases.noCurator"),
                "badge error");
    }

    /** What the filters ask for. */
    CaseQuery query() {
        return new CaseQuery(text.getValue(), category.getValue(), openOnly.getValue(), withoutCurator.getValue(),
                mine.getValue());
    }

    private void openDialog(Long pupilId, String categoryCode) {
        new OpenCaseDialog(services, settings, pupilId, categoryCode, this::open).open();
    }

    /** Opens the case's page. */
    void open(long caseId) {
        UI.getCurrent().navigate(PatronageTexts.caseHref(caseId));
    }

    /**
     * Whether the user opens cases, as the service decides: the coordinator, not every holder of
     * {@code patronage.coordinate}. Read once per view.
     */
    private boolean opens() {
        if (opens == null) {
            opens = has(PatronagePermissions.COORDINATE) && Failures.read(services.cases()::mayOpen, false);
        }
        return opens;
    }

    private boolean has(String permission) {
        return services.security().currentUser().map(u -> u.has(permission)).orElse(false);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
