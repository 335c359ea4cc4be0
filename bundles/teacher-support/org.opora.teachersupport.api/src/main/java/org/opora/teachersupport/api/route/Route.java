package org.opora.teachersupport.api.route;

import java.time.LocalDate;

/**
 * The individual professional route of a support record (regulation 004, 3.1).
 *
 * @param recordId the support record
 * @param focus    the theoretical or practical dominant
 * @param place    inside or outside the school
 * @param basis    what the route rests on
 * @param from     the first day
 * @param to       the last day
 * @param version  the record's optimistic-lock version (the route is part of the record)
 */
public record Route(long recordId, RouteFocus focus, RoutePlace place, String basis, LocalDate from, LocalDate to,
        long version) {
}
