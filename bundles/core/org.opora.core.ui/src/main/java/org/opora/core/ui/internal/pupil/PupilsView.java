package org.opora.core.ui.internal.pupil;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.exchange.ExchangeService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.Notifications;
import org.opora.platform.api.security.SecurityContext;

/**
 * The pupil list: search by name, filters by class, status flag and archive, one page at a time from the pupil
 * service. A click on a row opens the pupil card. {@code ?class=<id>} in the address preselects a class (the
 * classes view links here so).
 */
public class PupilsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    /** Query parameter naming the class to show. */
    public static final String CLASS_PARAMETER = "class";

    private final transient PupilService pupils;
    private final transient ClassService classes;
    private final TextField search = new TextField();
    private final ComboBox<SchoolClass> schoolClass = new ComboBox<>();
    private final ComboBox<ListItem> flag = new ComboBox<>();
    private final Checkbox archived = new Checkbox();
    private final Span count = new Span();
    private final Grid<Pupil> grid = Grids.grid("pupils-grid");
    private final transient List<SchoolClass> currentClasses;
    /** The filter of the grid; the export reads it when its link is followed, outside the UI's lock. */
    private volatile PupilQuery query = PupilQuery.all();

    public PupilsView(PupilService pupils, ClassService classes, SchoolService school, ReferenceLists lists,
            ExchangeService exchange, SecurityContext security) {
        this.pupils = pupils;
        this.classes = classes;
        OporaUser user = security.requireUser();
        setId("pupils");
        setSizeFull();
        this.currentClasses = Failures.read(() -> classes.classes(school.school().currentYear()), List.of());
        add(new H2(getTranslation("core.ui.pupils.title")));
        add(filters(user, lists));
        add(actions(user, exchange));
        configureGrid();
        count.setId("pupils-count");
        add(count);
        addAndExpand(grid);
    }

    private com.vaadin.flow.component.Component filters(OporaUser user, ReferenceLists lists) {
        Forms.field(search, "pupils-search", "core.ui.pupils.search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(e -> refresh());
        Forms.field(schoolClass, "pupils-class", "core.ui.pupil.class");
        schoolClass.setItems(currentClasses);
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        schoolClass.setClearButtonVisible(true);
        schoolClass.addValueChangeListener(e -> refresh());
        Forms.field(archived, "pupils-archived", "core.ui.pupils.archived");
        archived.addValueChangeListener(e -> refresh());
        if (!user.has(CorePermissions.PUPIL_FLAGS)) {
            return Forms.bar(search, schoolClass, archived);
        }
        Forms.field(flag, "pupils-flag", "core.ui.pupils.flag");
        flag.setItems(lists.items(ReferenceList.PUPIL_FLAGS, UI.getCurrent().getLocale()));
        flag.setItemLabelGenerator(ListItem::label);
        flag.setClearButtonVisible(true);
        flag.addValueChangeListener(e -> refresh());
        return Forms.bar(search, schoolClass, flag, archived);
    }

    private com.vaadin.flow.component.Component actions(OporaUser user, ExchangeService exchange) {
        var bar = Forms.bar();
        if (user.has(CorePermissions.PUPIL_EDIT)) {
            Button add = Forms.primary("pupils-add", "core.ui.pupils.add",
                    () -> new PupilDialog(pupils, currentClasses, created -> refresh()).open());
            add.setIcon(VaadinIcon.PLUS.create());
            bar.add(add);
        }
        if (user.has(CorePermissions.EXCHANGE)) {
            Button upload = Forms.button("pupils-import", "core.ui.pupils.import",
                    () -> UI.getCurrent().navigate("import"));
            upload.setIcon(VaadinIcon.UPLOAD.create());
            bar.add(upload, PupilExport.link(exchange, () -> query, UI.getCurrent().getLocale()));
        }
        return bar;
    }

    private void configureGrid() {
        Grids.column(grid, p -> p.name().full(), "core.ui.person.fullName").setFlexGrow(2);
        Grids.column(grid, p -> Dates.format(p.birthDate()), "core.ui.pupil.birthDate").setFlexGrow(0);
        Grids.column(grid, Pupil::className, "core.ui.pupil.class").setFlexGrow(0);
        Grids.column(grid, Pupil::classTeacher, "core.ui.pupil.classTeacher").setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("core.ui.pupils.none"));
        Grids.lazy(grid, (offset, limit) -> pupils.find(query, offset, limit), () -> {
            int n = pupils.count(query);
            count.setText(getTranslation("core.ui.pupils.count", String.valueOf(n)));
            return n;
        });
        grid.addItemClickListener(e -> UI.getCurrent().navigate("pupil/" + e.getItem().id()));
    }

    private void refresh() {
        SchoolClass c = schoolClass.getValue();
        ListItem f = flag.getValue();
        query = new PupilQuery(search.getValue(), c == null ? null : c.id(), f == null ? "" : f.code(),
                archived.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CLASS_PARAMETER).ifPresent(this::showClass);
    }

    /** Filters by the class with the id given as text, e.g. from the address. */
    void showClass(String classId) {
        Optional<SchoolClass> found = parseId(classId).flatMap(this::classById);
        if (found.isPresent()) {
            schoolClass.setValue(found.get());
        } else {
            // an address edited by hand or a link to a class since removed: say so, and show every pupil
            Notifications.error(getTranslation("core.ui.pupils.noSuchClass", shortened(classId)));
        }
    }

    private Optional<SchoolClass> classById(long id) {
        Optional<SchoolClass> current = currentClasses.stream().filter(c -> c.id() == id).findFirst();
        if (current.isPresent()) {
            return current;
        }
        // a class of another year: offered as a filter for as long as the view is open
        Optional<SchoolClass> other;
        try {
            other = Optional.of(classes.get(id));
        } catch (NotFoundException e) {
            other = Optional.empty();
        }
        other.ifPresent(c -> schoolClass.setItems(concat(currentClasses, c)));
        return other;
    }

    /** What the address named, cut short as messages cut what users typed. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
    }

    private static List<SchoolClass> concat(List<SchoolClass> list, SchoolClass one) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(one)).toList();
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
