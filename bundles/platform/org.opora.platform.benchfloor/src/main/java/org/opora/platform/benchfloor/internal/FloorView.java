package org.opora.platform.benchfloor.internal;

/** Page 1 of the floor, at {@value FloorViewContribution#ROUTE}. */
public class FloorView extends FloorPage {

    private static final long serialVersionUID = 1L;

    public FloorView() {
        super(1);
    }
}
