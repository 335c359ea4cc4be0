package org.opora.teachersupport.api.route;

import java.time.LocalDate;

/**
 * The individual professional route of the record to draw up or correct (regulation 004, 3.1).
 *
 * @param focus the theoretical or practical dominant, required
 * @param place inside or outside the school, required
 * @param basis what the route rests on (the teacher's experience, requests and interests, level of competence,
 *              achievements, strengths and weaknesses), required
 * @param from  the first day, required, not before the decision to support
 * @param to    the last day, required, not before the first
 */
public record RouteDraft(RouteFocus focus, RoutePlace place, String basis, LocalDate from, LocalDate to) {

    public RouteDraft {
        basis = basis == null ? "" : basis.strip();
    }
}
