package org.opora.patronage.api.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One record of another module about the pupil, in the user's language.
 *
 * @param source      the module's stable id, e.g. {@code consilium}
 * @param sourceTitle the module's records in words, e.g. the consilium's protocols
 * @param title       the record, e.g. a protocol's number and date
 * @param detail      what matters for the patronage, e.g. the decision; empty for nothing more
 * @param date        the record's day, or {@code null}
 * @param route       the page that shows the record (its address in the intranet), empty when the user may only
 *                    know that it exists
 */
public record RelatedRecord(String source, String sourceTitle, String title, String detail, LocalDate date,
        String route) {

    public RelatedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        sourceTitle = sourceTitle == null ? source : sourceTitle;
        detail = detail == null ? "" : detail;
        route = route == null ? "" : route;
    }
}
