package org.opora.core.api.seed;

import java.time.LocalDate;

/**
 * The appointment of the head of the support service (000 section 1.4).
 *
 * @param staffKey    the head
 * @param orderNumber the appointing order, by its number
 * @param from        first day in office
 */
public record SeedHead(String staffKey, String orderNumber, LocalDate from) {
}
