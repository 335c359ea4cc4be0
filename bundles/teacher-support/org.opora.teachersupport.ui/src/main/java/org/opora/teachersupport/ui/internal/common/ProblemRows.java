package org.opora.teachersupport.ui.internal.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.ListItem;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.record.ProblemDraft;

/**
 * The identified problems (difficulties) written when a record is opened (regulation 004, 5.1 and 4.1): one row per
 * problem with its type of difficulty from the settings and its description; a row can be added and removed. Rows
 * left wholly empty are ignored.
 */
public final class ProblemRows extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient TeacherSupportSettings settings;
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private int next;

    private record Row(HorizontalLayout line, ComboBox<String> type, TextField text) {
    }

    public ProblemRows(TeacherSupportSettings settings) {
        this.settings = settings;
        setId("ts-problem-rows");
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Button more = Forms.button("ts-problem-row-add", "teachersupport.ui.opening.problems.add", this::addRow);
        more.setIcon(VaadinIcon.PLUS.create());
        add(new H4(getTranslation("teachersupport.ui.opening.problems")), list, more);
        addRow();
    }

    private void addRow() {
        int n = next++;
        ComboBox<String> type = Forms.field(new ComboBox<>(), "ts-problem-type-" + n,
                "teachersupport.ui.problem.type");
        type.setItems(settings.difficultyTypes().stream().map(ListItem::code).toList());
        type.setItemLabelGenerator(c -> TeacherSupportSettings.label(settings.difficultyTypes(), c));
        type.setWidth("16em");
        TextField text = Forms.field(new TextField(), "ts-problem-text-" + n, "teachersupport.ui.problem.description");
        HorizontalLayout line = new HorizontalLayout(type, text);
        line.setWidthFull();
        line.setFlexGrow(1, text);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        Row row = new Row(line, type, text);
        Button remove = Forms.rowButton("ts-problem-row-remove-" + n, VaadinIcon.TRASH,
                "teachersupport.ui.opening.problems.remove", () -> {
                    rows.remove(row);
                    list.remove(line);
                });
        line.add(remove);
        rows.add(row);
        list.add(line);
    }

    /** Marks every row half filled in; {@code false} when there was one. */
    public boolean complete() {
        boolean complete = true;
        for (Row r : rows) {
            boolean typed = r.type().getValue() != null;
            boolean written = !r.text().getValue().isBlank();
            if (typed != written) {
                Failures.required(typed ? r.text() : r.type());
                complete = false;
            }
        }
        return complete;
    }

    /** Takes the marks of an earlier save off every row. */
    public void clear() {
        Map<String, HasValidation> all = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            all.put(i + ".type", rows.get(i).type());
            all.put(i + ".text", rows.get(i).text());
        }
        Failures.clear(all);
    }

    /** The problems written, in their order. */
    public List<ProblemDraft> drafts() {
        return written().stream().map(r -> new ProblemDraft(r.type().getValue(), r.text().getValue())).toList();
    }

    /**
     * The inputs of the problems written by the field names the service gives their objections
     * ({@code problems.<n>.difficultyType}, {@code problems.<n>.description}, n as in {@link #drafts()}).
     */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        List<Row> written = written();
        for (int i = 0; i < written.size(); i++) {
            m.put("problems." + i + ".difficultyType", written.get(i).type());
            m.put("problems." + i + ".description", written.get(i).text());
        }
        return m;
    }

    private List<Row> written() {
        return rows.stream().filter(r -> r.type().getValue() != null && !r.text().getValue().isBlank()).toList();
    }
}
