package org.opora.patronage.api.team;

import java.time.LocalDate;

/**
 * A curator to appoint.
 *
 * @param kind         internal or external
 * @param staffId      the staff member, required for an internal curator
 * @param name         the full name, required for an external curator
 * @param organisation the organisation, required for an external curator
 * @param orderId      the director's order from the core's register (required unless the school's settings say
 *                     otherwise)
 * @param from         the first day, required, not before the order's date nor the case's opening
 */
public record CuratorDraft(CuratorKind kind, Long staffId, String name, String organisation, Long orderId,
        LocalDate from) {

    public CuratorDraft {
        name = name == null ? "" : name.strip();
        organisation = organisation == null ? "" : organisation.strip();
    }

    public static CuratorDraft internal(long staffId, Long orderId, LocalDate from) {
        return new CuratorDraft(CuratorKind.INTERNAL, staffId, "", "", orderId, from);
    }

    public static CuratorDraft external(String name, String organisation, Long orderId, LocalDate from) {
        return new CuratorDraft(CuratorKind.EXTERNAL, null, name, organisation, orderId, from);
    }
}
