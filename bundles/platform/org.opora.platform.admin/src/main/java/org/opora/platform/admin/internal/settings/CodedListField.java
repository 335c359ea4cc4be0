package org.opora.platform.admin.internal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A coded list edited as rows: the code (read-only; made from the label for a new row, never changed once saved), the
 * Russian and the English label, buttons to move a row up or down and to remove it, and a button to add a row. A
 * built-in code left without labels shows the module's labels as placeholders and keeps them. Removing a saved code
 * warns that records keep it.
 */
public class CodedListField extends Composite<VerticalLayout> implements HasValidation {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final BiFunction<String, Locale, String> builtIn;
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout body = new VerticalLayout();
    private final Span error = new Span();
    private final Div warnings = new Div();
    private final Span help = new Span();
    private final String description;
    private boolean invalid;

    /** A row: its code, whether the code is saved (and so fixed), and its label fields. */
    private final class Row implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private final boolean saved;
        private final TextField russian = new TextField();
        private final TextField english = new TextField();
        private final Span codeText = new Span();

        Row(CodedLine line, boolean saved) {
            this.code = line.code();
            this.saved = saved;
            russian.setValue(line.russian());
            english.setValue(line.english());
            russian.setPlaceholder(builtIn.apply(code, Locale.forLanguageTag("ru")));
            english.setPlaceholder(builtIn.apply(code, Locale.ENGLISH));
            russian.setAriaLabel(getTranslation("admin.settings.code.russian"));
            english.setAriaLabel(getTranslation("admin.settings.code.english"));
            russian.setWidthFull();
            english.setWidthFull();
            if (!saved) {
                russian.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
                english.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
                russian.addValueChangeListener(e -> regenerate());
                english.addValueChangeListener(e -> regenerate());
            }
        }

        void regenerate() {
            Set<String> taken = rows.stream().filter(r -> r != this).map(r -> r.code).collect(Collectors.toSet());
            String label = russian.getValue().isBlank() ? english.getValue() : russian.getValue();
            code = label.isBlank() ? "" : CodedLine.codeFor(label, taken);
            codeText.setText(code.isEmpty() ? "—" : code);
        }

        CodedLine line() {
            return new CodedLine(code, russian.getValue(), english.getValue());
        }
    }

    /**
     * @param field   the attribute
     * @param lines   the stored lines, or the defaults when nothing is stored
     * @param builtIn the module's label of a built-in code in a language, empty when none
     */
    public CodedListField(SettingField field, List<String> lines, BiFunction<String, Locale, String> builtIn) {
        this.id = field.id();
        this.builtIn = builtIn;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        body.setPadding(false);
        body.setSpacing(false);
        Span label = new Span(field.name());
        label.getStyle().set("font-weight", "500").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout header = new HorizontalLayout(cell(getTranslation("admin.settings.code.code"), "10em"),
                cell(getTranslation("admin.settings.code.russian"), null),
                cell(getTranslation("admin.settings.code.english"), null));
        header.setWidthFull();
        header.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Button add = new Button(getTranslation("admin.settings.code.add"), VaadinIcon.PLUS.create(), e -> addRow());
        add.setId("admin-settings-add-" + id);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.setId("admin-settings-error-" + id);
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        warnings.setId("admin-settings-warnings-" + id);
        warnings.getStyle().set("color", "var(--lumo-warning-text-color, #8a6100)")
                .set("font-size", "var(--lumo-font-size-s)");
        description = field.description();
        help.setText(description);
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        root.add(label, header, body, add, error, warnings, help);
        lines.forEach(l -> rows.add(new Row(CodedLine.parse(l), true)));
        render();
    }

    private static Span cell(String text, String width) {
        Span s = new Span(text);
        if (width == null) {
            s.getStyle().set("flex", "1");
        } else {
            s.setWidth(width);
        }
        return s;
    }

    private void addRow() {
        Row row = new Row(new CodedLine("", "", ""), false);
        row.codeText.setText("—");
        rows.add(row);
        render();
        row.russian.focus();
    }

    private void move(Row row, int by) {
        int i = rows.indexOf(row);
        int j = i + by;
        if (j >= 0 && j < rows.size()) {
            rows.set(i, rows.get(j));
            rows.set(j, row);
            render();
        }
    }

    private void remove(Row row) {
        rows.remove(row);
        if (row.saved) {
            Span warning = new Span(getTranslation("admin.settings.code.removed", row.code));
            warning.getElement().setAttribute("data-code", row.code);
            warnings.add(new Div(warning));
        }
        render();
    }

    private void render() {
        body.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.saved) {
                row.codeText.setText(row.code);
            }
            row.codeText.setWidth("10em");
            row.codeText.getStyle().set("font-family", "monospace").set("overflow-wrap", "anywhere");
            row.codeText.setId("admin-settings-" + id + "-code-" + i);
            row.russian.setId("admin-settings-" + id + "-ru-" + i);
            row.english.setId("admin-settings-" + id + "-en-" + i);
            Button up = icon(VaadinIcon.ARROW_UP, "admin.settings.code.up", e -> move(row, -1));
            up.setEnabled(i > 0);
            Button down = icon(VaadinIcon.ARROW_DOWN, "admin.settings.code.down", e -> move(row, 1));
            down.setEnabled(i < rows.size() - 1);
            Button remove = icon(VaadinIcon.TRASH, "admin.settings.code.remove", e -> remove(row));
            remove.setId("admin-settings-" + id + "-remove-" + i);
            HorizontalLayout line = new HorizontalLayout(row.codeText, row.russian, row.english, up, down, remove);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            line.setWidthFull();
            line.setFlexGrow(1, row.russian, row.english);
            body.add(line);
        }
    }

    private Button icon(VaadinIcon icon, String titleKey,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(icon.create(), click);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(titleKey));
        b.setTooltipText(getTranslation(titleKey));
        return b;
    }

    /** Shows the defaults (as labels) under the description. */
    public void setHelperDefaults(String text) {
        help.setText((description + " " + text).strip());
    }

    /** The stored form: one line a row, in the rows' order. */
    public String text() {
        return rows.stream().map(r -> r.line().format()).collect(Collectors.joining("\n"));
    }

    /** The i18n key of what is wrong with the rows themselves (none, a row without a label), or null. */
    public String rowsError() {
        if (rows.isEmpty()) {
            return "admin.settings.code.empty";
        }
        return rows.stream().anyMatch(r -> r.code.isEmpty()) ? "admin.settings.code.noLabel" : null;
    }

    /** The codes of the rows, in order (for tests). */
    List<String> codes() {
        return rows.stream().map(r -> r.code).toList();
    }

    /** Types labels into row {@code i} (for tests). */
    void type(int i, String russian, String english) {
        rows.get(i).russian.setValue(russian);
        rows.get(i).english.setValue(english);
    }

    /** Adds an empty row (for tests). */
    void add() {
        addRow();
    }

    /** Removes row {@code i} (for tests). */
    void removeRow(int i) {
        remove(rows.get(i));
    }

    /** Moves row {@code i} by {@code by} (for tests). */
    void moveRow(int i, int by) {
        move(rows.get(i), by);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
