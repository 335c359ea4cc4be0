package org.opora.teachersupport.api.route;

import java.time.LocalDate;

/**
 * A checkpoint (kontrolny srez) of the route to plan or correct (regulation 004, 3.2).
 *
 * @param kind        a configured kind (interview with the deputy director, portfolio, essay, open lesson …),
 *                    required
 * @param description what is to be shown, required
 * @param due         the due date, required, within the route's period
 */
public record CheckpointDraft(String kind, String description, LocalDate due) {

    public CheckpointDraft {
        kind = kind == null ? "" : kind.strip();
        description = description == null ? "" : description.strip();
    }
}
