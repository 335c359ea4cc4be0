package org.opora.patronage.impl.internal.legal;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.legal.CourtHearing;
import org.opora.patronage.api.legal.CourtHearingDraft;
import org.opora.patronage.api.legal.CourtService;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.CourtHearingEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Court representation (003 section 3.2), recorded by whoever keeps the case. */
@Component(service = CourtService.class)
public class CourtServiceImpl implements CourtService {

    static final String RECORD = "patronage.court";
    static final int SHORT = 400;
    static final int MATTER = 2000;
    static final int OUTCOME = 4000;

    private final CaseGate gate;
    private final RecordWriter<CourtHearingEntity> hearings;

    @Activate
    public CourtServiceImpl(@Reference CaseGate gate) {
        this.gate = gate;
        this.hearings = new RecordWriter<>(gate.db(), gate.audit(), CourtHearingEntity.class, RECORD);
    }

    @Override
    public List<CourtHearing> hearings(long caseId) {
        Caller who = gate.caller();
        List<CourtHearing> all = gate.db().read(em -> {
            gate.requireRead(em, who, caseId);
            return em.createQuery("select h from CourtHearingEntity h where h.caseId = :c"
                    + " order by h.date desc, h.id desc", CourtHearingEntity.class).setParameter("c", caseId)
                    .getResultList().stream().map(CourtHearingEntity::toRecord).toList();
        });
        gate.read(caseId);
        return all;
    }

    @Override
    public CourtHearing record(long caseId, CourtHearingDraft draft) {
        Caller who = gate.caller(PatronagePermissions.COORDINATE);
        CourtHearingDraft d = check(draft);
        return hearings.create(em -> {
            within(gate.requireKeep(em, who, caseId), d);
            CourtHearingEntity h = new CourtHearingEntity(caseId, who.login(), gate.db().now());
            h.apply(d);
            return h;
        }, CourtHearingEntity::toRecord);
    }

    @Override
    public CourtHearing update(long hearingId, long version, CourtHearingDraft draft) {
        Caller who = gate.caller(PatronagePermissions.COORDINATE);
        CourtHearingDraft d = check(draft);
        return hearings.update(hearingId, version, (em, h) -> {
            within(gate.requireKeep(em, who, h.getCaseId()), d);
            h.apply(d);
        }, CourtHearingEntity::toRecord);
    }

    /**
     * The hearing's fields, refused with every objection at once: the day within 50 years back and the next
     * academic year, no outcome before the hearing, the court, the matter and who represents the school.
     */
    private CourtHearingDraft check(CourtHearingDraft d) {
        LocalDate today = gate.db().today();
        Objections o = new Objections();
        LocalDate date = o.value(() -> FieldChecks.plausible("date", d.date(), today));
        String outcome = o.value(() -> FieldChecks.maxLength("outcome", d.outcome(), OUTCOME));
        o.check(() -> {
            if (outcome != null && !outcome.isEmpty() && date != null && date.isAfter(today)) {
                throw new ValidationException("outcome", "patronage.rule.outcomeBeforeHearing");
            }
        });
        String court = o.value(() -> FieldChecks.required("court", d.court(), SHORT));
        String matter = o.value(() -> FieldChecks.required("matter", d.matter(), MATTER));
        String representative = o.value(() -> FieldChecks.required("representative", d.representative(), SHORT));
        o.refuseAny();
        return new CourtHearingDraft(date, court, matter, representative, outcome);
    }

    private static void within(CaseEntity pc, CourtHearingDraft d) {
        pc.requireOpen();
        if (d.date().isBefore(pc.getOpenedOn())) {
            throw new ValidationException("date", "patronage.rule.beforeOpening", FieldChecks.day(pc.getOpenedOn()));
        }
    }
}
