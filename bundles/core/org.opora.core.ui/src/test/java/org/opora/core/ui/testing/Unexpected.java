package org.opora.core.ui.testing;

/** What a fake service throws for a call the test did not expect. */
public final class Unexpected {

    private Unexpected() {
    }

    /** The failure of a test that called {@code what} on a fake that does not expect it. */
    public static AssertionError call(String what) {
        return new AssertionError("unexpected call: " + what);
    }
}
