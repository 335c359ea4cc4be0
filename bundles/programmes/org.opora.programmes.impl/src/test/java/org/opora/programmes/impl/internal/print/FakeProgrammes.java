package org.opora.programmes.impl.internal.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opora.core.api.NotFoundException;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.api.programme.SupportPlanService;

/**
 * Programmes and their plans in memory, the two services the printed form reads in one object; content is refused
 * to a user who may only know that a programme exists.
 */
class FakeProgrammes implements ProgrammeService, SupportPlanService {

    final Map<Long, Programme> programmes = new HashMap<>();
    final Map<Long, List<PlanRow>> plans = new HashMap<>();
    /** Programmes whose content the current user may not read. */
    final Set<Long> existenceOnly = new HashSet<>();
    /** Ids of the reads, as the service audits them. */
    final List<Long> reads = new ArrayList<>();

    @Override
    public Programme get(long programmeId) {
        Programme p = programmes.get(programmeId);
        if (p == null) {
            throw new NotFoundException("programme", programmeId);
        }
        if (existenceOnly.contains(programmeId)) {
            throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
        }
        reads.add(programmeId);
        return p;
    }

    @Override
    public boolean canRead(long programmeId) {
        return programmes.containsKey(programmeId) && !existenceOnly.contains(programmeId);
    }

    @Override
    public List<PlanRow> plan(long programmeId) {
        get(programmeId);
        return plans.getOrDefault(programmeId, List.of());
    }

    @Override
    public List<ProgrammeSummary> find(ProgrammeQuery query, int offset, int limit) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public int count(ProgrammeQuery query) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public List<ProgrammeSummary> ofPupil(long pupilId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public Programme create(ProgrammeDraft draft) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public Programme update(long programmeId, long version, ProgrammeDraft draft) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public Programme appointCurator(long programmeId, long version, long curatorId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public boolean mayAppointCurator(long programmeId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public List<Programme> revisions(long programmeId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public List<ProgrammeSummary> dueForReview(LocalDate day) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public PlanRow addRow(long programmeId, PlanRowDraft draft) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public PlanRow updateRow(long rowId, long version, PlanRowDraft draft) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public List<PlanRow> moveRow(long rowId, int position) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public void removeRow(long rowId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public PlanRow markDone(long rowId, long version, LocalDate on, String actualResult, String recommendations) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public List<Observation> observations(long programmeId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public Observation observe(long programmeId, LocalDate on, String text) {
        throw new AssertionError("not expected in this test");
    }

    /** The programme's chain as the seed schools have it: the director approves. */
    List<ApprovalStep> approvals(long programmeId) {
        return PrintFixture.directorChain(get(programmeId).steps());
    }
}
