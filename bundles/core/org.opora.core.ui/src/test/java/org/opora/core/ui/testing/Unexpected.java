package org.opora.core.ui.internal;

/** What a fake service throws for a call the test did not expect. */
final class Unexpected {

    private Unexpected() {
    }

    static AssertionError call(String what) {
        return new AssertionError("unexpected call: " + what);
    }
}
