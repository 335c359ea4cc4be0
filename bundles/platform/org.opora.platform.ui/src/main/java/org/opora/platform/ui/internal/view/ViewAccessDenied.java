package org.opora.platform.ui.internal.view;

/** Navigation to a view the user has no permission for; rendered by {@link AccessDeniedView}. */
public class ViewAccessDenied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Vaadin creates the exception by reflection when it reroutes to the error view. */
    public ViewAccessDenied() {
        super();
    }

    public ViewAccessDenied(String route) {
        super(route);
    }
}
