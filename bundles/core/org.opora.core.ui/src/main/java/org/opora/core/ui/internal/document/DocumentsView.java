package org.opora.core.ui.internal.document;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * The register of the service's documents (000 §5): plans, schedules, reports, programmes, with who approved them
 * and when. Files are downloaded through the register, which logs each download.
 */
public class DocumentsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient DocumentRegister register;
    private final transient AttachmentCheck files;
    private final transient SchoolService school;
    private final transient Labels types;
    private final transient Labels directions;
    private final transient ReferenceLists lists;
    private final transient List<AcademicYear> years;
    private final boolean approve;
    private final boolean edit;
    private final TextField search = new TextField();
    private final ComboBox<ListItem> type = new ComboBox<>();
    private final ComboBox<StaffMember> author;
    private final ComboBox<AcademicYear> year = new ComboBox<>();
    private final Grid<DocumentRecord> grid = Grids.grid("documents-grid");

    public DocumentsView(DocumentRegister register, AttachmentCheck files, StaffService staff, SchoolService school,
            ReferenceLists lists, SecurityContext security, PupilService pupils) {
        this.register = register;
        this.files = files;
        this.school = school;
        this.types = Labels.of(lists, ReferenceList.DOCUMENT_TYPES, UI.getCurrent().getLocale());
        this.directions = Labels.of(lists, ReferenceList.DIRECTIONS, UI.getCurrent().getLocale());
        this.lists = lists;
        this.years = Failures.read(school::years, List.of());
        OporaUser user = security.requireUser();
        this.approve = user.has(CorePermissions.DOCUMENT_APPROVE);
        this.edit = user.has(CorePermissions.DOCUMENT_EDIT);
        this.author = StaffPicker.create(staff, "documents-author", "core.ui.documents.author");
        setId("documents");
        setSizeFull();
        add(new H2(getTranslation("core.ui.documents.title")), filters());
        HorizontalLayout actions = new HorizontalLayout();
        if (edit) {
            Button add = Forms.primary("documents-add", "core.ui.documents.add", () -> addDocument(staff, pupils));
            add.setIcon(VaadinIcon.PLUS.create());
            actions.add(add);
        }
        if (user.has(CorePermissions.DOCUMENT_DESTROY)) {
            actions.add(Forms.button("documents-destruction", "core.ui.destruction.title",
                    () -> UI.getCurrent().navigate("documents/destruction")));
        }
        add(actions);
        configureGrid();
        addAndExpand(grid);
    }

    private void addDocument(StaffService staff, PupilService pupils) {
        AcademicYear current = Failures.read(() -> school.school().currentYear(), null);
        if (current != null) {
            new DocumentDialog(register, files, staff, pupils, types, lists, years, current, this::refresh).open();
        }
    }

    private com.vaadin.flow.component.Component filters() {
        Forms.field(search, "documents-search", "core.ui.documents.search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        Forms.field(type, "documents-type", "core.ui.documents.type");
        type.setItems(types.items());
        type.setItemLabelGenerator(ListItem::label);
        type.setClearButtonVisible(true);
        Forms.field(year, "documents-year", "core.ui.common.year");
        year.setItems(years);
        year.setItemLabelGenerator(AcademicYear::label);
        year.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        author.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        return Forms.bar(search, type, author, year);
    }

    private void configureGrid() {
        Grids.column(grid, d -> types.label(d.type()), "core.ui.documents.type").setAutoWidth(false).setWidth("12em");
        grid.addComponentColumn(DocumentsView::titleLink).setHeader(getTranslation("core.ui.documents.docTitle"))
                .setAutoWidth(false).setWidth("22em").setFlexGrow(2);
        Grids.column(grid, DocumentRecord::author, "core.ui.documents.author");
        Grids.column(grid, DocumentRecord::pupil, "core.ui.documents.pupil");
        Grids.column(grid, d -> DirectionField.label(directions, d.direction()), "core.kit.direction");
        Grids.column(grid, d -> d.year().label(), "core.ui.common.year");
        Grids.column(grid, d -> d.approved()
                ? getTranslation("core.ui.documents.approvedBy", d.approvedBy(), Dates.format(d.approvedOn())) : "",
                "core.ui.documents.approved");
        Grids.column(grid, d -> state(this, d), "core.ui.documents.state");
        grid.addComponentColumn(d -> d.destroyed() ? new Span() : DocumentFile.link(register, d))
                .setHeader(getTranslation("core.ui.documents.file")).setAutoWidth(true);
        if (edit) {
            grid.addComponentColumn(this::archiveButton).setAutoWidth(true).setFlexGrow(0);
        }
        if (approve) {
            grid.addComponentColumn(d -> d.approved() ? new Span()
                    : Forms.rowButton("documents-approve-" + d.id(), VaadinIcon.CHECK_SQUARE_O,
                            "core.ui.documents.approve", () -> new ApproveDialog(register, d,
                                    school.school().director(), this::refresh).open()))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("core.ui.documents.none"));
        Grids.lazy(grid, (offset, limit) -> register.find(query(), offset, limit), () -> register.count(query()));
    }

    private com.vaadin.flow.component.Component archiveButton(DocumentRecord d) {
        if (d.destroyed()) {
            return new Span();
        }
        boolean archive = !d.archived();
        return Forms.rowButton("documents-archive-" + d.id(), archive ? VaadinIcon.ARCHIVE : VaadinIcon.ARROW_BACKWARD,
                archive ? "core.ui.documents.archive" : "core.ui.documents.unarchive", () -> {
                    if (Failures.run(() -> register.archive(d.id(), d.version(), archive))) {
                        refresh();
                    }
                });
    }

    /** The title linking to the document's page. */
    static Anchor titleLink(DocumentRecord d) {
        Anchor link = new Anchor("documents/document/" + d.id(), d.title());
        link.setId("documents-open-" + d.id());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** In use, archived on a day, or destroyed by an act. */
    static String state(com.vaadin.flow.component.Component c, DocumentRecord d) {
        if (d.destroyed()) {
            return c.getTranslation("core.ui.documents.destroyed", d.destroyedBy().number(),
                    Dates.format(d.destroyedBy().date()));
        }
        return d.archived() ? c.getTranslation("core.ui.documents.archived", Dates.format(d.archivedOn())) : "";
    }

    private DocumentQuery query() {
        return new DocumentQuery(search.getValue(), type.getValue() == null ? "" : type.getValue().code(),
                author.getValue() == null ? null : author.getValue().id(), year.getValue());
    }

    private void refresh() {
        Failures.run(() -> grid.getDataProvider().refreshAll());
    }
}
