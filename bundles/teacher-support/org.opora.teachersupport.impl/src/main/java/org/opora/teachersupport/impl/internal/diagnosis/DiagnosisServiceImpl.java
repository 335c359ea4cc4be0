package org.opora.teachersupport.impl.internal.diagnosis;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;
import org.opora.teachersupport.api.diagnosis.DiagnosisService;
import org.opora.teachersupport.impl.internal.config.SupportList;
import org.opora.teachersupport.impl.internal.model.DiagnosisEntity;
import org.opora.teachersupport.impl.internal.model.ProblemEntity;
import org.opora.teachersupport.impl.internal.model.SupportRecordEntity;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.opora.teachersupport.impl.internal.record.SupportServiceImpl;
import org.opora.teachersupport.impl.internal.rules.DayRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The diagnosis entries of the support records (regulation 004, section 4). */
@Component(service = DiagnosisService.class)
public class DiagnosisServiceImpl implements DiagnosisService {

    /** The record type of a diagnosis entry in the journal. */
    public static final String ENTRY = "teachersupport.diagnosis";
    static final int FINDINGS = 4000;

    private final RecordGate gate;
    private final RecordWriter<DiagnosisEntity> entries;

    @Activate
    public DiagnosisServiceImpl(@Reference RecordGate gate) {
        this.gate = gate;
        this.entries = new RecordWriter<>(gate.db(), gate.audit(), DiagnosisEntity.class, ENTRY);
    }

    @Override
    public List<DiagnosisEntry> entries(long recordId) {
        Caller who = gate.caller();
        List<DiagnosisEntry> found = gate.db().read(em -> {
            gate.requireRead(em, who, recordId);
            return entriesOf(em, recordId);
        });
        gate.read(recordId);
        return found;
    }

    /** The record's entries by day (for the services and the printed card). */
    public static List<DiagnosisEntry> entriesOf(EntityManager em, long recordId) {
        return em.createQuery("select d from DiagnosisEntity d where d.recordId = :r order by d.date, d.id",
                DiagnosisEntity.class).setParameter("r", recordId).getResultList().stream()
                .map(DiagnosisEntity::toRecord).toList();
    }

    @Override
    public DiagnosisEntry add(long recordId, DiagnosisDraft draft) {
        Caller who = gate.caller();
        Checked c = check(draft);
        return entries.create(em -> {
            SupportRecordEntity r = gate.requireWork(em, who, recordId).requireNotConcluded();
            c.requireFits(em, r);
            r.worked();
            DiagnosisEntity d = new DiagnosisEntity(recordId, who.login(), gate.db().now());
            c.apply(d);
            return d;
        }, DiagnosisEntity::toRecord);
    }

    @Override
    public DiagnosisEntry update(long entryId, long version, DiagnosisDraft draft) {
        Caller who = gate.caller();
        Checked c = check(draft);
        return entries.update(entryId, version, (em, d) -> {
            SupportRecordEntity r = gate.requireWork(em, who, d.getRecordId()).requireNotConcluded();
            c.requireFits(em, r);
            c.apply(d);
        }, DiagnosisEntity::toRecord);
    }

    private record Checked(DiagnosisDraft draft, StaffMember conductedBy, String findings) {

        /** The day is within the record's time and the problems are the record's. */
        void requireFits(EntityManager em, SupportRecordEntity r) {
            DayRule.notBeforeDecision("date", draft.date(), r.getDecidedOn());
            Set<Long> own = SupportServiceImpl.problemsOf(em, r.getId()).stream().map(ProblemEntity::getId)
                    .collect(Collectors.toSet());
            if (!own.containsAll(draft.problemIds())) {
                throw new ValidationException("problemIds", "teachersupport.error.problemUnknown");
            }
        }

        void apply(DiagnosisEntity d) {
            d.apply(draft.source(), draft.date(), conductedBy.id(), conductedBy.name().full(), findings,
                    draft.problemIds().stream().distinct().toList());
        }
    }

    /** The entry's fields, refused with every objection at once: the source, the day, who conducted it, findings. */
    private Checked check(DiagnosisDraft d) {
        Objections o = new Objections();
        o.check(() -> gate.rules().requireKnown(SupportList.DIAGNOSIS_SOURCES, "source", d.source()));
        o.check(() -> FieldChecks.notFuture("date", d.date(), gate.db().today()));
        StaffMember by = o.value(() -> gate.people().staff("conductedBy", d.conductedBy()));
        String findings = o.value(() -> FieldChecks.required("findings", d.findings(), FINDINGS));
        o.refuseAny();
        return new Checked(d, by, findings);
    }
}
