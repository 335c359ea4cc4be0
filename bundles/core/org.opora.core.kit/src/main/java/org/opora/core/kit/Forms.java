package org.opora.core.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** Small builders every module's views and dialogs share, so that ids, labels and buttons look alike everywhere. */
public final class Forms {

    private Forms() {
    }

    /** Gives an input its id and translated label. */
    public static <F extends Component & HasLabel> F field(F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(UI.getCurrent().getTranslation(labelKey));
        return field;
    }

    /** A form of one column in dialogs, two on wide screens. */
    public static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return form;
    }

    /** The main action of a view or dialog. */
    public static Button primary(String id, String labelKey, Runnable action) {
        Button b = new Button(UI.getCurrent().getTranslation(labelKey), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    /** A secondary action. */
    public static Button button(String id, String labelKey, Runnable action) {
        Button b = new Button(UI.getCurrent().getTranslation(labelKey), e -> action.run());
        b.setId(id);
        return b;
    }

    /**
     * A small icon button in a grid row. Its click does not reach the row, so a row that opens something on click
     * keeps its buttons for themselves.
     */
    public static Button rowButton(String id, VaadinIcon icon, String labelKey, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        String label = UI.getCurrent().getTranslation(labelKey);
        b.setId(id);
        b.setTooltipText(label);
        b.setAriaLabel(label);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return b;
    }

    /** A row of filters or buttons that wraps on narrow screens. */
    public static FlexLayout bar(Component... components) {
        FlexLayout bar = new FlexLayout(components);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.setWidthFull();
        return bar;
    }
}
