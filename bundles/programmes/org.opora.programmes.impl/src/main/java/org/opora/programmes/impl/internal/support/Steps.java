package org.opora.programmes.impl.internal.support;

import java.time.Instant;
import java.time.LocalDate;

import org.opora.core.support.Caller;
import org.opora.programmes.api.Step;

/** Recorded steps written by the caller: who, on what day, recorded when. */
public final class Steps {

    private Steps() {
    }

    /** A step the caller recorded, without a document. */
    public static Step of(Caller who, String kind, LocalDate date, Instant at, String note) {
        return new Step(kind, date, who.login(), who.name(), at, note, "", null);
    }

    /** A step done by someone the caller names (the parent who consented), without a document. */
    public static Step by(Caller who, String kind, LocalDate date, String byName, Instant at, String note) {
        return new Step(kind, date, who.login(), byName, at, note, "", null);
    }

    /** A step fixed by a document: an order of the core's register, or the consilium's protocol. */
    public static Step fixed(Caller who, String kind, LocalDate date, Instant at, String note, String documentNumber,
            LocalDate documentDate) {
        return new Step(kind, date, who.login(), who.name(), at, note, documentNumber, documentDate);
    }
}
