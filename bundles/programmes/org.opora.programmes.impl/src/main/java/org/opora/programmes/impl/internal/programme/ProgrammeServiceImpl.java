package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.List;

import org.opora.platform.api.audit.AuditService;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Individual support programmes (regulation 002) as a whole: reading and the lists ({@link ProgrammeHeaders}) and
 * drafting with saving the content before approval ({@link ProgrammeEditing}). Who may read and keep a programme is
 * {@link ProgrammeAccess}; every content read and every change is journaled. The lifecycle is
 * {@link ProgrammeLifecycleImpl}'s, the plan and the observations {@link SupportPlanServiceImpl}'s.
 */
@Component
public class ProgrammeServiceImpl implements ProgrammeService {

    private final ProgrammeHeaders headers;
    private final ProgrammeEditing editing;

    @Activate
    public ProgrammeServiceImpl(@Reference ProgrammesDatabase db, @Reference People people,
            @Reference ProgrammeRules rules, @Reference ProgrammeLists lists, @Reference AuditService audit) {
        ProgrammeContext ctx = new ProgrammeContext(db, people, rules, lists, audit);
        this.headers = new ProgrammeHeaders(ctx);
        this.editing = new ProgrammeEditing(ctx);
    }

    @Override
    public List<ProgrammeSummary> find(ProgrammeQuery query, int offset, int limit) {
        return headers.find(query, offset, limit);
    }

    @Override
    public int count(ProgrammeQuery query) {
        return headers.count(query);
    }

    @Override
    public List<ProgrammeSummary> ofPupil(long pupilId) {
        return headers.ofPupil(pupilId);
    }

    @Override
    public Programme get(long programmeId) {
        return headers.get(programmeId);
    }

    @Override
    public boolean canRead(long programmeId) {
        return headers.canRead(programmeId);
    }

    @Override
    public Programme create(ProgrammeDraft draft) {
        return editing.create(draft);
    }

    @Override
    public Programme update(long programmeId, long version, ProgrammeDraft draft) {
        return editing.update(programmeId, version, draft);
    }

    @Override
    public List<ProgrammeSummary> dueForReview(LocalDate day) {
        return headers.dueForReview(day);
    }

    @Override
    public Programme appointCurator(long programmeId, long version, long curatorId) {
        return editing.appoint(programmeId, version, curatorId);
    }

    @Override
    public boolean mayAppointCurator(long programmeId) {
        return editing.mayAppoint(programmeId);
    }

    @Override
    public List<Programme> revisions(long programmeId) {
        return headers.revisions(programmeId);
    }
}
