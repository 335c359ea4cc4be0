package org.opora.core.kit;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * The small pieces of a record's page: a dash for an empty value, names in a line, a link the router follows
 * without reloading the page, a coloured badge for a state, secondary text.
 */
public final class Marks {

    private Marks() {
    }

    /** A long dash for an empty value. */
    public static String dash(String text) {
        return text == null || text.isEmpty() ? "\u2014" : text;
    }

    /** The names separated by commas, or a dash for none. */
    public static String names(List<String> names) {
        return dash(String.join(", ", names));
    }

    /** A link inside the application that the router follows without reloading the page. */
    public static Anchor link(String id, String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    /** A small coloured mark (theme {@code badge}, {@code badge success}, {@code badge error} ...). */
    public static Span badge(String id, String text, String theme) {
        Span badge = new Span(text);
        badge.setId(id);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** Secondary text: smaller and greyed. */
    public static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }
}
