package org.opora.platform.admin.internal.audit;

import java.time.ZoneId;
import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.platform.admin.internal.Times;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;

/**
 * The audit journal, newest first, with filters; read-only. The grid fetches one page at a time from the journal,
 * which grows without limit.
 */
public class AuditView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient AuditService audit;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final TextField recordType = new TextField();
    private final TextField recordId = new TextField();
    private final Grid<AuditRecord> grid = new Grid<>();

    public AuditView(AuditService audit) {
        this.audit = audit;
        setId("admin-audit");
        setSizeFull();
        add(new H2(getTranslation("admin.audit.title")), filters());
        configureGrid();
        addAndExpand(grid);
    }

    private FlexLayout filters() {
        field(from, "admin-audit-from", "admin.audit.from");
        field(to, "admin-audit-to", "admin.audit.to");
        field(actor, "admin-audit-actor", "admin.audit.actor");
        field(action, "admin-audit-action", "admin.audit.action");
        field(recordType, "admin-audit-type", "admin.audit.recordType");
        field(recordId, "admin-audit-record", "admin.audit.recordId");
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(
                a -> getTranslation(a == null ? "admin.audit.action.all" : "admin.audit.action." + a.name()));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("admin.audit.action.all"));
        for (TextField t : new TextField[] {actor, recordType, recordId}) {
            t.setClearButtonVisible(true);
        }
        Button search = new Button(getTranslation("admin.audit.search"), VaadinIcon.SEARCH.create(), e -> refresh());
        search.setId("admin-audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("admin.audit.clear"), e -> clear());
        clear.setId("admin-audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout bar = new FlexLayout(from, to, actor, action, recordType, recordId, search, clear);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.setWidthFull();
        return bar;
    }

    private <F extends Component & HasValue<?, ?> & HasLabel> void field(F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("admin-audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Times.format(r.time())).setHeader(getTranslation("admin.audit.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("admin.audit.action." + r.action().name()))
                .setHeader(getTranslation("admin.audit.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::recordType).setHeader(getTranslation("admin.audit.recordType"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::recordId).setHeader(getTranslation("admin.audit.recordId")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::summary).setHeader(getTranslation("admin.audit.summary")).setFlexGrow(1);
        grid.setItems(q -> audit.find(query(), q.getOffset(), q.getLimit()).stream(), q -> audit.count(query()));
    }

    private AuditQuery query() {
        return new AuditFilter(from.getValue(), to.getValue(), actor.getValue(), action.getValue(),
                recordType.getValue(), recordId.getValue()).toQuery(ZoneId.systemDefault());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void clear() {
        from.clear();
        to.clear();
        actor.clear();
        action.clear();
        recordType.clear();
        recordId.clear();
        refresh();
    }
}
