package org.opora.platform.ui.internal.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;

/** Shown instead of a view the user has no permission for (HTTP 403); the view itself is never created. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<ViewAccessDenied> {

    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ViewAccessDenied> parameter) {
        removeAll();
        setId("opora-access-denied");
        add(new H2(getTranslation("platform.error.denied.title")),
                new Paragraph(getTranslation("platform.error.denied.text")),
                new RouterLink(getTranslation("platform.home.title"), HomeView.class));
        return 403;
    }
}
