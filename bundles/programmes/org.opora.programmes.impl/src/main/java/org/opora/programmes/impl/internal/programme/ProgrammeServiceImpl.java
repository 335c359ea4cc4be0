package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.List;

import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Individual support programmes (regulation 002). The work is split by subject: reading and the list
 * ({@link ProgrammeHeaders}), drafting ({@link ProgrammeEditing}), the lifecycle ({@link ProgrammeTransitions}),
 * new revisions ({@link Revisions}), the plan ({@link PlanRows}), the curator's observations
 * ({@link Observations}) and the consilium's review decisions ({@link ReviewDecisions}). Who may read and keep a programme is {@link ProgrammeAccess}; every content read and every
 * change is journaled.
 */
@Component
public class ProgrammeServiceImpl implements ProgrammeService {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    private final ProgrammeHeaders headers;
    private final ProgrammeEditing editing;
    private final Revisions revisions;
    private final ProgrammeTransitions transitions;
    private final PlanRows rows;
    private final Observations observations;
    private final ReviewDecisions decisions;

    @Activate
    public ProgrammeServiceImpl(@Reference ProgrammesDatabase db, @Reference People people,
            @Reference ProgrammeRules rules, @Reference ProgrammeLists lists, @Reference AuditService audit) {
        ProgrammeContext ctx = new ProgrammeContext(db, people, rules, lists, audit, () -> translator);
        this.headers = new ProgrammeHeaders(ctx);
        this.editing = new ProgrammeEditing(ctx);
        this.revisions = new Revisions(ctx, editing);
        this.transitions = new ProgrammeTransitions(ctx, revisions);
        this.rows = new PlanRows(ctx);
        this.observations = new Observations(ctx);
        this.decisions = new ReviewDecisions(ctx);
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
    public Programme discussedWithParents(long programmeId, long version, LocalDate on) {
        return transitions.discussedWithParents(programmeId, version, on);
    }

    @Override
    public Programme recordConsent(long programmeId, long version, Consent consent) {
        return transitions.recordConsent(programmeId, version, consent);
    }

    @Override
    public Programme approve(long programmeId, long version, LocalDate on) {
        return transitions.approve(programmeId, version, on);
    }

    @Override
    public Programme start(long programmeId, long version, LocalDate on) {
        return transitions.start(programmeId, version, on);
    }

    @Override
    public Programme toReview(long programmeId, long version, LocalDate on) {
        return transitions.toReview(programmeId, version, on);
    }

    @Override
    public Programme close(long programmeId, long version, ProtocolCitation decision, String result) {
        return transitions.close(programmeId, version, decision, result);
    }

    @Override
    public Programme extend(long programmeId, long version, ProtocolCitation decision, LocalDate newEnd) {
        return revisions.extend(programmeId, version, decision, newEnd);
    }

    @Override
    public Programme change(long programmeId, long version, ProgrammeDraft draft, String curatorAgreement) {
        return revisions.change(programmeId, version, draft, curatorAgreement);
    }

    @Override
    public List<ProgrammeSummary> dueForReview(LocalDate day) {
        return headers.dueForReview(day);
    }

    @Override
    public Programme reviewDecided(long programmeId, ProtocolCitation protocol, String decision, String text) {
        return decisions.decided(programmeId, protocol, decision, text);
    }

    @Override
    public List<Programme> revisions(long programmeId) {
        return headers.revisions(programmeId);
    }

    @Override
    public List<PlanRow> plan(long programmeId) {
        return rows.plan(programmeId);
    }

    @Override
    public PlanRow addRow(long programmeId, PlanRowDraft draft) {
        return rows.add(programmeId, draft);
    }

    @Override
    public PlanRow updateRow(long rowId, long version, PlanRowDraft draft) {
        return rows.update(rowId, version, draft);
    }

    @Override
    public List<PlanRow> moveRow(long rowId, int position) {
        return rows.move(rowId, position);
    }

    @Override
    public void removeRow(long rowId) {
        rows.remove(rowId);
    }

    @Override
    public PlanRow markDone(long rowId, long version, LocalDate on, String actualResult, String recommendations) {
        return rows.markDone(rowId, version, on, actualResult, recommendations);
    }

    @Override
    public List<Observation> observations(long programmeId) {
        return observations.of(programmeId);
    }

    @Override
    public Observation observe(long programmeId, LocalDate on, String text) {
        return observations.observe(programmeId, on, text);
    }
}
