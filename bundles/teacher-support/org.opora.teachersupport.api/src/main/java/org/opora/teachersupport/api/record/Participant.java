package org.opora.teachersupport.api.record;

/**
 * A staff member who takes part in organising the support (regulation 004, 5.1).
 *
 * @param staffId the staff member (core)
 * @param name    the name as recorded when they were named
 */
public record Participant(long staffId, String name) {
}
