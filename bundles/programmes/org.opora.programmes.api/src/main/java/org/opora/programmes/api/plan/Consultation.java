package org.opora.programmes.api.plan;

import java.time.LocalDate;

/**
 * A consultation with a specialist of the school held with the parents at any stage of preparing the plan (001
 * section 4.6), tagged with the service's direction of work (000 section 3).
 *
 * @param id             record id
 * @param on             the day it was held
 * @param specialistId   the specialist (staff id)
 * @param specialistName their name when recorded
 * @param representative the parent (legal representative) present
 * @param subject        its subject and summary
 * @param workDirection  the code of the core's list of directions of work
 * @param recordedBy     the name of who recorded it
 * @since 2.3
 */
public record Consultation(long id, LocalDate on, long specialistId, String specialistName, String representative,
        String subject, String workDirection, String recordedBy) {

    public Consultation {
        specialistName = specialistName == null ? "" : specialistName;
        representative = representative == null ? "" : representative;
        subject = subject == null ? "" : subject;
        workDirection = workDirection == null ? "" : workDirection;
        recordedBy = recordedBy == null ? "" : recordedBy;
    }
}
