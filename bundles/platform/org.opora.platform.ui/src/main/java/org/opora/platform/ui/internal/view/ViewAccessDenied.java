package org.opora.platform.ui.internal.view;

/** Navigation to a view the user has no permission for; rendered by {@link AccessDeniedView}. */
public class ViewAccessDenied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ViewAccessDenied(String route) {
        super(route);
    }
}
