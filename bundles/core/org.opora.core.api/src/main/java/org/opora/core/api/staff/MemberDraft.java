package org.opora.core.api.staff;

import java.time.LocalDate;

/**
 * A new membership of a functional body.
 *
 * @param body    body code from the configured list
 * @param staffId the member
 * @param role    role code from the configured list
 * @param from    first day
 * @param orderId the appointing order, or {@code null}
 */
public record MemberDraft(String body, long staffId, String role, LocalDate from, Long orderId) {
}
