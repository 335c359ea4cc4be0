package org.opora.consilium.impl.internal.support;

/**
 * The sizes of the consilium's text columns; the checks themselves are the core's
 * {@link org.opora.core.support.FieldChecks}.
 */
public final class Checks {

    /** Longest text of a free-text field of a protocol or an examination. */
    public static final int LONG_TEXT = 8000;

    private Checks() {
    }
}
