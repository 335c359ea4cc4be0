package org.opora.patronage.api.team;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The micro-team of a case and the specialists involved (003 sections 2.2, 3.2, 3.3). The coordinator and the
 * case's curators form the team and involve specialists; the specialist asked (or the coordinator) records the
 * outcome. Everyone who may read the case reads them.
 */
@ProviderType
public interface TeamService {

    /** The micro-team, current members first. */
    List<TeamMember> members(long caseId);

    /** Adds a staff member to the micro-team from the day; a member already serving is refused. */
    TeamMember addMember(long caseId, long staffId, String role, LocalDate from);

    /** Ends a member's part on the day. */
    TeamMember endMember(long memberId, long version, LocalDate on);

    /** The specialists involved, newest request first. */
    List<Assignment> assignments(long caseId);

    /** Involves a specialist with a request. */
    Assignment assign(long caseId, AssignmentDraft draft);

    /** Records the outcome of a request (required, with its day). */
    Assignment recordOutcome(long assignmentId, long version, String outcome, LocalDate on);
}
