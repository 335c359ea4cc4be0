package org.opora.platform.ui.internal.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;

/** Shown for an address that matches no installed view (a mistyped URL, a removed module). */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("opora-not-found");
        add(new H2(getTranslation("platform.error.notFound.title")),
                new Paragraph(getTranslation("platform.error.notFound.text", event.getLocation().getPath())),
                new RouterLink(getTranslation("platform.home.title"), HomeView.class));
        return 404;
    }
}
