package org.opora.programmes.ui.internal.programme;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.api.security.SecurityContext;
import org.opora.programmes.api.ProgrammeSettings;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.ui.internal.common.ConfiguredList;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.programmes.ui.internal.common.SchoolLists;
import org.opora.programmes.ui.internal.plan.PlansPanel;

/**
 * The support programmes the user may see ({@code programmes}), filtered by state, curator, class, those ending
 * soon, those with overdue activities and the active ones. A programme whose content the user may not read (a class
 * teacher who may only know it exists) is shown greyed with its state, period and curator and does not open.
 * Specialists who may draft programmes start one for a pupil here. The second tab lists a pupil's individual plans
 * (regulation 001).
 */
public class ProgrammesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private final ComboBox<ProgrammeState> state = new ComboBox<>();
    private final ComboBox<StaffMember> curator;
    private final ComboBox<SchoolClass> schoolClass = new ComboBox<>();
    private final Checkbox endingSoon = new Checkbox();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox active = new Checkbox(true);
    /** The programmes the signed-in specialist (one who drafts programmes) is the curator of. */
    private final Checkbox mine = new Checkbox();
    private final Grid<ProgrammeSummary> grid = Grids.grid("programmes-grid");
    private final TabSheet tabs = new TabSheet();
    private Tab plansTab;
    private PlansPanel plansPanel;

    /** The services the list, its filters and its dialog call. */
    public record Services(ProgrammeService programmes, IndividualPlanService plans, ProgrammeSettingsService settings,
            ReferenceLists coreLists, StaffService staff,
            PupilService pupils, ClassService classes, SchoolService school, SecurityContext security) {
    }

    public ProgrammesView(Services services) {
        this.services = services;
        this.curator = StaffPicker.create(services.staff(), "programmes-curator", "programmes.ui.list.curator");
        setId("programmes");
        setSizeFull();
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("programmes.ui.list.title")),
                ProgrammeTexts.restricted());
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title);
        ProgrammeSettings settings = SchoolLists.read(services.settings(), getLocale()).settings();
        tabs.setId("programmes-tabs");
        tabs.setSizeFull();
        if (settings.programmesEnabled()) {
            Tab programmesTab = new Tab(getTranslation("programmes.ui.list.tab.programmes"));
            programmesTab.setId("programmes-tab-programmes");
            tabs.add(programmesTab, programmes());
        }
        if (settings.individualPlansEnabled()) {
            plansTab = new Tab(getTranslation("programmes.ui.list.tab.plans"));
            plansTab.setId("programmes-tab-plans");
            plansPanel = new PlansPanel(services.plans(), services.pupils(), services.security(),
                    new ConfiguredList(Failures.read(() -> services.coreLists().items(ReferenceList.PUPIL_FLAGS,
                            getLocale()), List.<ListItem>of())));
            tabs.add(plansTab, plansPanel);
        }
        if (tabs.getTabCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("programmes.ui.list.noVariant"));
            none.setId("programmes-no-variant");
            add(none);
            return;
        }
        addAndExpand(tabs);
    }

    /**
     * Opens the tab of individual plans with the pupil chosen, where their plan is started (the coordinator's
     * duty of 001 §6.1 leads here); nothing when the school keeps no plans or the pupil cannot be read.
     */
    protected void showPlansOf(long pupilId) {
        if (plansPanel == null) {
            return;
        }
        tabs.setSelectedTab(plansTab);
        Failures.read(() -> Optional.of(services.pupils().get(pupilId)), Optional.<Pupil>empty())
                .ifPresent(plansPanel::choose);
    }

    private Component programmes() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSizeFull();
        if (services.security().currentUser().map(u -> u.has(ProgrammesPermissions.DRAFT)).orElse(false)) {
            Button add = Forms.primary("programmes-new", "programmes.ui.list.new",
                    () -> new NewProgrammeDialog(services.programmes(), services.pupils(), this::open).open());
            add.setIcon(VaadinIcon.PLUS.create());
            box.add(add);
        }
        box.add(filters());
        configureGrid();
        box.addAndExpand(grid);
        return box;
    }

    private Component filters() {
        Forms.field(state, "programmes-state", "programmes.ui.list.state");
        state.setItems(ProgrammeState.values());
        state.setItemLabelGenerator(ProgrammeTexts::state);
        state.setClearButtonVisible(true);
        Forms.field(schoolClass, "programmes-class", "programmes.ui.list.class");
        schoolClass.setItems(Failures.read(
                () -> services.classes().classes(services.school().school().currentYear()), List.<SchoolClass>of()));
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        schoolClass.setClearButtonVisible(true);
        Forms.field(endingSoon, "programmes-ending-soon", "programmes.ui.list.endingSoon");
        Forms.field(overdue, "programmes-overdue", "programmes.ui.list.overdue");
        Forms.field(active, "programmes-active", "programmes.ui.list.active");
        state.addValueChangeListener(e -> refresh());
        curator.addValueChangeListener(e -> refresh());
        schoolClass.addValueChangeListener(e -> refresh());
        endingSoon.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        active.addValueChangeListener(e -> refresh());
        Optional<StaffMember> me = Failures.read(() -> services.security().currentUser()
                .flatMap(u -> services.staff().byUsername(u.username())), Optional.<StaffMember>empty());
        Forms.field(mine, "programmes-mine", "programmes.ui.list.mine");
        mine.setVisible(me.isPresent() && services.security().currentUser()
                .map(u -> u.has(ProgrammesPermissions.DRAFT)).orElse(false));
        mine.addValueChangeListener(e -> {
            curator.setReadOnly(e.getValue());
            curator.setValue(e.getValue() ? me.orElse(null) : null);
        });
        return Forms.bar(state, mine, curator, schoolClass, endingSoon, overdue, active);
    }

    /** The columns share the page's width (rem, not em: the header's smaller font); long texts wrap. */
    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::pupil).setHeader(getTranslation("programmes.ui.list.pupil")).setWidth("12rem")
                .setFlexGrow(3).setResizable(true);
        fixed(Grids.column(grid, ProgrammeSummary::className, "programmes.ui.list.class"), "4.5rem");
        fixed(Grids.column(grid, s -> ProgrammeTexts.state(s.state()), "programmes.ui.list.state"), "10rem");
        fixed(Grids.column(grid, s -> ProgrammeTexts.period(s.start(), s.end()), "programmes.ui.list.period"),
                "11rem");
        Grids.column(grid, ProgrammeSummary::curatorName, "programmes.ui.list.curator").setAutoWidth(false)
                .setWidth("10rem").setFlexGrow(2);
        fixed(Grids.column(grid, s -> s.contentVisible() && s.overdueRows() > 0 ? String.valueOf(s.overdueRows())
                : "", "programmes.ui.list.overdueRows"), "7rem");
        grid.setEmptyStateText(getTranslation("programmes.ui.list.none"));
        Grids.lazy(grid, (offset, limit) -> services.programmes().find(query(), offset, limit),
                () -> services.programmes().count(query()));
        grid.addItemClickListener(e -> {
            if (e.getItem().contentVisible()) {
                open(e.getItem().id());
            }
        });
    }

    /** The pupil's name; a row the user may not open is greyed and says who may read it. */
    private static void fixed(Grid.Column<ProgrammeSummary> column, String width) {
        column.setAutoWidth(false).setWidth(width).setFlexGrow(0);
    }

    private Component pupil(ProgrammeSummary s) {
        Span name = new Span(s.pupilName());
        name.setId("programmes-row-" + s.id());
        if (s.contentVisible()) {
            return name;
        }
        name.getStyle().set("color", "var(--lumo-disabled-text-color)");
        Span hidden = new Span(getTranslation("programmes.ui.list.hidden"));
        hidden.setId("programmes-hidden-" + s.id());
        hidden.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-left", "var(--lumo-space-s)");
        return new Span(name, hidden);
    }

    /** What the filters ask for. */
    ProgrammeQuery query() {
        return new ProgrammeQuery(state.getValue(), curator.getValue() == null ? null : curator.getValue().id(),
                schoolClass.getValue() == null ? null : schoolClass.getValue().id(), endingSoon.getValue(),
                overdue.getValue(), active.getValue());
    }

    /** Opens the programme's page. */
    void open(long programmeId) {
        UI.getCurrent().navigate(ProgrammeTexts.programmeHref(programmeId));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
