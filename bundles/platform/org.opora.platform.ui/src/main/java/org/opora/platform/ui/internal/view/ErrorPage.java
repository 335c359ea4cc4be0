package org.opora.platform.ui.internal.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The body of the host's error pages: a title, an explanation and the way home. */
abstract class ErrorPage extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    protected void show(String id, String titleKey, String textKey, Object... params) {
        removeAll();
        setId(id);
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey, params)),
                new RouterLink(getTranslation("platform.home.title"), HomeView.class));
    }
}
