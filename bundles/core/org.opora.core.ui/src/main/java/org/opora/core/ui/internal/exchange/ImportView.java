package org.opora.core.ui.internal.exchange;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;

import org.opora.core.api.exchange.ExchangeService;
import org.opora.core.api.exchange.ImportKind;
import org.opora.core.api.exchange.ImportPreview;
import org.opora.core.api.exchange.ImportRejectedException;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Uploads;
import org.opora.platform.ui.api.Notifications;

/**
 * Import of pupils or staff from CSV or XLSX: the file is read and checked first and shown with its problems;
 * only a file without problems can be imported, and then all of it or nothing.
 */
public class ImportView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    static final int MAX_MB = 10;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient ExchangeService exchange;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final ImportHelp help = new ImportHelp();
    private final Upload upload;
    private final Span file = new Span();
    private final Grid<Row> preview = Grids.grid("import-preview");
    private final IssueList issues = new IssueList("import-issues", "core.ui.import.issues");
    private final IssueList notes = new IssueList("import-notes", "core.ui.import.notes");
    private final Button apply = Forms.primary("import-apply", "core.ui.import.apply", this::apply);
    private String fileName;
    private byte[] content;

    public ImportView(ExchangeService exchange) {
        this(exchange, true);
    }

    /**
     * @param pupils whether the user may import pupils (reads every pupil); otherwise only staff is offered, with a
     *               note saying why
     */
    public ImportView(ExchangeService exchange, boolean pupils) {
        this.exchange = exchange;
        setId("import");
        setSizeFull();
        add(new H2(getTranslation("core.ui.import.title")));
        Forms.field(kind, "import-kind", "core.ui.import.kind");
        ImportKind first = pupils ? ImportKind.PUPILS : ImportKind.STAFF;
        kind.setItems(pupils ? List.of(ImportKind.values()) : List.of(ImportKind.STAFF));
        kind.setItemLabelGenerator(k -> getTranslation("core.ui.import.kind." + k.name()));
        kind.setValue(first);
        help.show(first);
        if (!pupils) {
            kind.setHelperText(getTranslation("core.ui.import.noPupils"));
        }
        kind.addValueChangeListener(e -> {
            help.show(e.getValue());
            if (content != null) {
                check();
            }
        });
        upload = Uploads.create("import-upload", MAX_MB, (meta, bytes) -> received(meta.fileName(), bytes), ".csv", ".xlsx", "text/csv", XLSX);
        upload.addFileRemovedListener(e -> clear());
        file.setId("import-file");
        preview.setVisible(false);
        preview.setAllRowsVisible(false);
        preview.setHeight("20em");
        apply.setIcon(VaadinIcon.CHECK.create());
        apply.setEnabled(false);
        add(kind, help, new Paragraph(getTranslation("core.ui.import.uploadHelp", MAX_MB)), upload, file, issues,
                notes, preview, apply);
    }

    /** A file arrived: check it without storing anything. */
    void received(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes.clone();
        check();
    }

    private void check() {
        if (!Failures.run(() -> show(exchange.preview(kind.getValue(), fileName, content)))) {
            clear();
        }
    }

    private void show(ImportPreview p) {
        file.setText(getTranslation("core.ui.import.file", fileName, String.valueOf(p.rows().size())));
        preview.removeAllColumns();
        preview.addColumn(Row::number).setHeader(getTranslation("core.ui.import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        // the rows and cells with a problem are marked, the problem named when the pointer rests on the cell
        java.util.Map<Integer, java.util.Map<String, List<String>>> problems = new java.util.HashMap<>();
        p.issues().stream().filter(i -> i.row() > 0).forEach(i -> problems.computeIfAbsent(i.row(),
                r -> new java.util.HashMap<>()).computeIfAbsent(i.column(), c -> new java.util.ArrayList<>())
                .add(getTranslation(i.messageKey(), i.params().toArray())));
        preview.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<Row>of(
                "<span style=\"${item.style}\">${item.text}</span>")
                .withProperty("text", r -> problems.containsKey(r.number())
                        ? getTranslation("core.ui.import.rowBad", problems.get(r.number()).values().stream()
                                .mapToInt(List::size).sum()) : getTranslation("core.ui.import.rowGood"))
                .withProperty("style", r -> problems.containsKey(r.number()) ? BAD : ""))
                .setHeader(getTranslation("core.ui.import.rowCheck")).setAutoWidth(true).setFlexGrow(0);
        List<String> columns = p.columns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            String header = columns.get(i);
            preview.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<Row>of(
                    "<span style=\"${item.style}\" title=\"${item.title}\">${item.text}</span>")
                    .withProperty("text", row -> row.cell(index))
                    .withProperty("style", row -> cellProblems(problems, row, header).isEmpty() ? "" : BAD_CELL)
                    .withProperty("title", row -> String.join("; ", cellProblems(problems, row, header))))
                    .setHeader(header).setAutoWidth(true).setResizable(true);
        }
        preview.setItems(java.util.stream.IntStream.range(0, p.rows().size())
                .mapToObj(i -> new Row(i + 2, p.rows().get(i))).toList());
        preview.setVisible(true);
        issues.show(p.issues());
        notes.show(p.notes());
        apply.setEnabled(p.acceptable());
    }

    private static final String BAD = "color: var(--lumo-error-text-color); font-weight: 600";
    private static final String BAD_CELL = BAD + "; text-decoration: underline wavy var(--lumo-error-color)";

    private static List<String> cellProblems(java.util.Map<Integer, java.util.Map<String, List<String>>> problems,
            Row row, String column) {
        java.util.Map<String, List<String>> ofRow = problems.get(row.number());
        return ofRow == null ? List.of() : ofRow.getOrDefault(column, List.of());
    }

    /** A data row with its number as a spreadsheet shows it (the header is row 1). */
    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private void apply() {
        apply.setEnabled(false);
        try {
            int created = exchange.importFile(kind.getValue(), fileName, content);
            Notifications.success(getTranslation("core.ui.import.done", String.valueOf(created)));
            upload.clearFileList();
            clear();
        } catch (ImportRejectedException e) {
            issues.show(e.issues());
            Notifications.error(getTranslation("core.ui.import.rejected", String.valueOf(e.issues().size())));
        } catch (RuntimeException e) {
            apply.setEnabled(true);
            Failures.show(e);
        }
    }

    private void clear() {
        fileName = null;
        content = null;
        file.setText("");
        preview.setItems(List.of());
        preview.setVisible(false);
        issues.show(List.of());
        notes.show(List.of());
        apply.setEnabled(false);
    }
}
