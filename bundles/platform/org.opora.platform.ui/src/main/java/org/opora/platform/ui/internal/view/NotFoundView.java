package org.opora.platform.ui.internal.view;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

/** Shown for an address that matches no installed view (a mistyped URL, a removed module). */
@ParentLayout(MainLayout.class)
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("opora-not-found", "platform.error.notFound.title", "platform.error.notFound.text",
                quoted(event.getLocation().getPath()));
        return 404;
    }
}
