package org.opora.core.impl.internal.demo;

import java.time.LocalDate;

/**
 * The appointment of the head of the support service (000 section 1.4).
 *
 * @param staffKey    the head
 * @param orderNumber the appointing order
 * @param from        first day in office
 */
public record DemoHead(String staffKey, String orderNumber, LocalDate from) {
}
