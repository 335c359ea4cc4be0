package org.opora.core.ui.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DestructionDraft;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.ui.api.Notifications;
import org.opora.platform.ui.api.PdfDownload;

/**
 * Documents for destruction ({@code documents/destruction}, with {@code core.document.destroy}): the archived
 * documents past their retention period (000 §6.1, the nomenclature of files); the user ticks the documents, fills
 * in the act (number, date, commission — its members chosen from the staff, each written as a line «name, post»,
 * others typed) and records it: the files are deleted, the documents stay as the act's
 * lines, and the act is journaled. Below, the acts recorded so far, each printable as PDF for the signatures.
 */
public class DestructionView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient DocumentRegister register;
    private final transient Labels types;
    private final Grid<DocumentRecord> due = Grids.grid("destruction-grid");
    private final Grid<DestructionAct> acts = Grids.grid("destruction-acts");
    private final TextField number = Forms.field(new TextField(), "destruction-number", "core.ui.destruction.number");
    private final DatePicker date = Dates.picker("destruction-date", "core.ui.destruction.date");
    private final TextArea commission = Forms.field(new TextArea(), "destruction-commission",
            "core.ui.destruction.commission");

    private final MultiSelectComboBox<StaffMember> members;

    public DestructionView(DocumentRegister register, Labels types, DocumentService printing, StaffService staff) {
        this.register = register;
        this.types = types;
        setId("destruction");
        setSizeFull();
        add(new H2(getTranslation("core.ui.destruction.title")),
                new Paragraph(getTranslation("core.ui.destruction.explain")));
        due.setSelectionMode(Grid.SelectionMode.MULTI);
        Grids.column(due, d -> types.label(d.type()), "core.ui.documents.type");
        Grids.column(due, DocumentRecord::title, "core.ui.documents.docTitle").setAutoWidth(false).setWidth("24em")
                .setFlexGrow(2);
        Grids.column(due, DocumentRecord::pupil, "core.ui.documents.pupil");
        Grids.column(due, d -> d.year().label(), "core.ui.common.year");
        Grids.column(due, d -> Dates.format(register.keptUntil(d)), "core.ui.destruction.keptUntil");
        due.setEmptyStateText(getTranslation("core.ui.destruction.none"));
        due.setHeight("18em");
        date.setValue(LocalDate.now());
        Dates.max(date, LocalDate.now());
        commission.setHelperText(getTranslation("core.ui.destruction.commission.help"));
        commission.setWidthFull();
        members = StaffPicker.createMany(staff, "destruction-members", "core.ui.destruction.members");
        members.setHelperText(getTranslation("core.ui.destruction.members.help"));
        members.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                commission.setValue(commissionText(commission.getValue(), e.getOldValue(), e.getValue()));
            }
        });
        var form = Forms.form(number, date, members, commission);
        form.setColspan(members, 2);
        form.setColspan(commission, 2);
        add(due, form, Forms.primary("destruction-record", "core.ui.destruction.record", this::record));
        Grids.column(acts, DestructionAct::number, "core.ui.destruction.number");
        Grids.column(acts, a -> Dates.format(a.date()), "core.ui.destruction.date");
        Grids.column(acts, DestructionAct::commission, "core.ui.destruction.commission").setAutoWidth(false)
                .setWidth("16em").setFlexGrow(2);
        Grids.column(acts, a -> String.join("; ", register.destroyedBy(a.id()).stream()
                .map(d -> types.label(d.type()) + " «" + d.title() + "», " + d.year().label()).toList()),
                "core.ui.destruction.documents").setAutoWidth(false).setWidth("24em").setFlexGrow(3);
        acts.addComponentColumn(a -> {
            Anchor pdf = PdfDownload.link(printing, "core.destruction-act", String.valueOf(a.id()),
                    "act-" + a.id() + ".pdf", getTranslation("core.ui.destruction.pdf"), UI.getCurrent().getLocale());
            pdf.setId("destruction-pdf-" + a.id());
            return pdf;
        }).setAutoWidth(true).setFlexGrow(0);
        acts.setEmptyStateText(getTranslation("core.ui.destruction.noActs"));
        addAndExpand(new H3(getTranslation("core.ui.destruction.acts")), acts);
        refresh();
    }

    private void record() {
        Map<String, HasValidation> fields = Map.of("number", number, "date", date, "commission", commission);
        Failures.clear(fields);
        List<Long> ids = due.getSelectedItems().stream().map(DocumentRecord::id).toList();
        DestructionDraft draft = new DestructionDraft(number.getValue(), date.getValue(), commission.getValue(), ids);
        Failures.on(fields).run(() -> {
            DestructionAct act = register.destroy(draft);
            Notifications.success(getTranslation("core.ui.destruction.recorded", act.number(), ids.size()));
            number.clear();
            members.clear();
            commission.clear();
            refresh();
        });
    }

    /** A member of the commission as the act names them: the full name and the post. */
    static String member(StaffMember m) {
        return m.position().isBlank() ? m.name().full() : m.name().full() + ", " + m.position();
    }

    /**
     * The commission's text after the choice of staff changed: the lines of those no longer chosen removed, those
     * newly chosen added at the end, what the user typed kept.
     */
    static String commissionText(String text, Set<StaffMember> before, Set<StaffMember> after) {
        List<String> lines = new ArrayList<>(Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList());
        before.stream().filter(m -> !after.contains(m)).map(DestructionView::member).forEach(lines::remove);
        after.stream().filter(m -> !before.contains(m)).map(DestructionView::member)
                .filter(l -> !lines.contains(l)).forEach(lines::add);
        return String.join("\n", lines);
    }

    private void refresh() {
        due.setItems(Failures.read(register::dueForDestruction, List.of()));
        acts.setItems(Failures.read(register::acts, List.of()));
    }
}
