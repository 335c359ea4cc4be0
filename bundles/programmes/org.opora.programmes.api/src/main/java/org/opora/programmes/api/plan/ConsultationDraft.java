package org.opora.programmes.api.plan;

import java.time.LocalDate;

/**
 * A consultation as the form gives it (001 section 4.6).
 *
 * @param on             the day, not in the future and not before the year the plan was opened in
 * @param specialistId   the specialist of the school, chosen from the staff
 * @param representative the parent (legal representative) present
 * @param subject        its subject and summary
 * @param workDirection  a code of the core's directions of work (000 section 3); empty or {@code null} for
 *                       counselling
 * @since 2.3
 */
public record ConsultationDraft(LocalDate on, Long specialistId, String representative, String subject,
        String workDirection) {
}
