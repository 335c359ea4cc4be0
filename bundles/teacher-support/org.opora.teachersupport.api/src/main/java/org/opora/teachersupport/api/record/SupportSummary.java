package org.opora.teachersupport.api.record;

import java.time.LocalDate;

/**
 * One line of the list of support records (and of the staff card's tab).
 *
 * @param id          record id
 * @param teacherId   the supported teacher (core staff)
 * @param teacher     the teacher's full name
 * @param decidedOn   the day of the decision to support
 * @param lead        the lead's name
 * @param status      where the record stands
 * @param concludedOn the day it was concluded, or {@code null}
 * @param problems    how many problems were identified
 */
public record SupportSummary(long id, long teacherId, String teacher, LocalDate decidedOn, String lead,
        SupportStatus status, LocalDate concludedOn, int problems) {
}
