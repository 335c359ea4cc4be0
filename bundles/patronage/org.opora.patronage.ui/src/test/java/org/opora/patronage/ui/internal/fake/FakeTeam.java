package org.opora.patronage.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.AssignmentDraft;
import org.opora.patronage.api.team.TeamMember;
import org.opora.patronage.api.team.TeamService;

/** A team service that fails the test on every call it does not override. */
public class FakeTeam implements TeamService {

    @Override
    public List<TeamMember> members(long caseId) {
        throw Unexpected.call("members");
    }

    @Override
    public TeamMember addMember(long caseId, long staffId, String role, LocalDate from) {
        throw Unexpected.call("addMember");
    }

    @Override
    public TeamMember endMember(long memberId, long version, LocalDate on) {
        throw Unexpected.call("endMember");
    }

    @Override
    public List<Assignment> assignments(long caseId) {
        throw Unexpected.call("assignments");
    }

    @Override
    public Assignment assign(long caseId, AssignmentDraft draft) {
        throw Unexpected.call("assign");
    }

    @Override
    public Assignment recordOutcome(long assignmentId, long version, String outcome, LocalDate on) {
        throw Unexpected.call("recordOutcome");
    }
}
