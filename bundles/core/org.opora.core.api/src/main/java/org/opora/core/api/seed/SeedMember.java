package org.opora.core.api.seed;

import java.time.LocalDate;

/**
 * A membership of a functional body.
 *
 * @param body        body code, e.g. consilium, prevention-council, psychological-service
 * @param staffKey    the member
 * @param role        role code: chair, deputy-chair, secretary, member
 * @param from        first day
 * @param orderNumber the appointing order by its number, or {@code null}
 */
public record SeedMember(String body, String staffKey, String role, LocalDate from, String orderNumber) {
}
