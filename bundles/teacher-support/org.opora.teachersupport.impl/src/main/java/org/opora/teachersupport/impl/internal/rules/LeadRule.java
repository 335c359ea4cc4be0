package org.opora.teachersupport.impl.internal.rules;

import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;

/**
 * Who may lead the support of a teacher and take part in it (regulation 004, 3.2 and 5.1: the deputy director for
 * academic work, a methodologist or the teacher's mentor lead it): the lead is a staff member of a configured lead
 * type (any staff member when none is configured); nobody leads or takes part in the support of themselves.
 */
public final class LeadRule {

    private final List<String> leadTypes;

    public LeadRule(List<String> leadTypes) {
        this.leadTypes = List.copyOf(leadTypes);
    }

    public void check(long teacherId, StaffMember lead, List<Long> participantIds) {
        if (lead.id() == teacherId) {
            throw new ValidationException("leadId", "teachersupport.rule.leadIsTeacher");
        }
        if (!leadTypes.isEmpty() && leadTypes.stream().noneMatch(lead::is)) {
            throw new ValidationException("leadId", "teachersupport.rule.leadType");
        }
        if (participantIds.contains(teacherId)) {
            throw new ValidationException("participantIds", "teachersupport.rule.participantIsTeacher");
        }
    }
}
