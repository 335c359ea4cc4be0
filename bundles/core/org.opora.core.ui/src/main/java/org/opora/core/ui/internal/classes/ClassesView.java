package org.opora.core.ui.internal.classes;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PromotionResult;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.ui.internal.pupil.PupilsView;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.Notifications;

/**
 * The classes of an academic year with their class teachers and numbers of pupils; a click on a class opens its
 * pupils. Those who manage classes add and change them and promote the school to the next year.
 */
public class ClassesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ClassService classes;
    private final transient SchoolService school;
    private final transient StaffService staff;
    private final boolean manage;
    private final Select<AcademicYear> year = new Select<>();
    private final Grid<SchoolClass> grid = Grids.grid("classes-grid");

    public ClassesView(ClassService classes, SchoolService school, StaffService staff, SecurityContext security) {
        this.classes = classes;
        this.school = school;
        this.staff = staff;
        OporaUser user = security.requireUser();
        this.manage = user.has(CorePermissions.CLASS_MANAGE);
        setId("classes");
        setSizeFull();
        add(new H2(getTranslation("core.ui.classes.title")));
        Forms.field(year, "classes-year", "core.ui.common.year");
        year.setItemLabelGenerator(AcademicYear::label);
        year.addValueChangeListener(e -> reload());
        var bar = Forms.bar(year);
        if (manage) {
            Button add = Forms.primary("classes-add", "core.ui.classes.add", () -> {
                if (year.getValue() != null) {
                    new ClassDialog(classes, staff, year.getValue(), null, this::reload).open();
                }
            });
            add.setIcon(VaadinIcon.PLUS.create());
            Button promote = Forms.button("classes-promote", "core.ui.classes.promote", this::askPromote);
            promote.setIcon(VaadinIcon.LEVEL_UP.create());
            bar.add(add, promote);
        }
        add(bar);
        configureGrid();
        addAndExpand(grid);
        readYears(Failures.read(() -> school.school().currentYear(), null));
    }

    private void configureGrid() {
        Grids.column(grid, SchoolClass::name, "core.ui.pupil.class").setFlexGrow(0);
        Grids.column(grid, SchoolClass::classTeacher, "core.ui.pupil.classTeacher").setFlexGrow(2);
        Grids.column(grid, SchoolClass::pupils, "core.ui.classes.pupils").setFlexGrow(0);
        if (manage) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("core.ui.common.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("core.ui.classes.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("pupils",
                QueryParameters.simple(Map.of(PupilsView.CLASS_PARAMETER, String.valueOf(e.getItem().id())))));
    }

    private HorizontalLayout actions(SchoolClass c) {
        HorizontalLayout box = new HorizontalLayout(Forms.rowButton("classes-edit-" + c.id(), VaadinIcon.EDIT,
                "core.ui.common.edit", () -> new ClassDialog(classes, staff, c.year(), c, this::reload).open()));
        if (c.pupils() == 0) {
            box.add(Forms.rowButton("classes-delete-" + c.id(), VaadinIcon.TRASH, "core.ui.common.remove",
                    () -> askDelete(c)));
        }
        box.setSpacing(false);
        return box;
    }

    private void readYears(AcademicYear select) {
        Failures.run(() -> {
            List<AcademicYear> years = school.years();
            AcademicYear before = year.getValue();
            year.setItems(years);
            year.setValue(years.contains(select) ? select : years.isEmpty() ? null : years.get(years.size() - 1));
            if (java.util.Objects.equals(before, year.getValue())) {
                reload();
            }
        });
    }

    private void reload() {
        Failures.run(() -> grid.setItems(year.getValue() == null ? List.of() : classes.classes(year.getValue())));
    }

    private void askDelete(SchoolClass c) {
        Confirm.ask("classes-delete-dialog", getTranslation("core.ui.classes.delete.title", c.name()),
                getTranslation("core.ui.classes.delete.text", c.name(), c.year().label()),
                getTranslation("core.ui.common.remove"), () -> {
                    Failures.run(() -> {
                        classes.delete(c.id());
                        Notifications.success(getTranslation("core.ui.classes.deleted", c.name()));
                    });
                    reload();
                });
    }

    private void askPromote() {
        Failures.get(classes::promotionPreview).ifPresent(this::askPromote);
    }

    private void askPromote(PromotionResult preview) {
        AcademicYear from = preview.from();
        Confirm.ask("classes-promote-dialog", getTranslation("core.ui.classes.promote.title", from.next().label()),
                getTranslation("core.ui.classes.promote.text", from.label(), from.next().label()) + " "
                        + getTranslation("core.ui.classes.promote.figures",
                                String.valueOf(preview.classesCreated()), String.valueOf(preview.pupilsMoved()),
                                String.valueOf(preview.graduates())),
                getTranslation("core.ui.classes.promote.confirm"), this::promote);
    }

    private void promote() {
        Failures.run(() -> {
            var result = classes.promote();
            Notifications.success(getTranslation("core.ui.classes.promoted", result.from().label(),
                    result.to().label(), String.valueOf(result.classesCreated()),
                    String.valueOf(result.pupilsMoved()), String.valueOf(result.graduates())));
            readYears(result.to());
        });
    }
}
