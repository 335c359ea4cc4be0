package org.opora.platform.benchfloor.internal;

/** Page 2 of the floor, at {@value Floor2ViewContribution#ROUTE}. */
public class FloorView2 extends FloorPage {

    private static final long serialVersionUID = 1L;

    public FloorView2() {
        super(2);
    }
}
