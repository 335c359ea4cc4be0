package org.opora.platform.ui.internal.view;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/** Shown instead of a view the user has no permission for (HTTP 403); the view itself is never created. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<ViewAccessDenied> {

    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ViewAccessDenied> parameter) {
        show("opora-access-denied", "platform.error.denied.title", "platform.error.denied.text");
        return 403;
    }
}
