package org.opora.platform.ui.internal.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The body of the host's error pages: a title, an explanation and the way home. */
abstract class ErrorPage extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The longest part of a request (an address, a parameter) quoted on an error page; longer ones are cut. */
    static final int QUOTED_MAX = 120;

    protected void show(String id, String titleKey, String textKey, Object... params) {
        removeAll();
        setId(id);
        Paragraph text = new Paragraph(getTranslation(textKey, params));
        // a long unbroken word (a 5 000-character address segment) wraps instead of widening the page
        text.getStyle().set("overflow-wrap", "anywhere");
        add(new H2(getTranslation(titleKey)), text,
                new RouterLink(getTranslation("platform.home.title"), HomeView.class));
    }

    /** A part of the request as quoted on the page: at most {@link #QUOTED_MAX} characters, cut with «…». */
    static String quoted(String part) {
        if (part == null || part.length() <= QUOTED_MAX) {
            return part;
        }
        int end = QUOTED_MAX - 1;
        if (Character.isHighSurrogate(part.charAt(end - 1))) {
            end--;
        }
        return part.substring(0, end) + "\u2026";
    }
}
