package org.opora.teachersupport.impl.internal.help;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.ModuleDatabase;
import org.opora.core.support.RecordWriter;
import org.opora.core.support.WorkDirections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.teachersupport.api.help.Evidence;
import org.opora.teachersupport.api.help.EvidenceDraft;
import org.opora.teachersupport.api.help.HelpDirections;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.api.help.HelpService;
import org.opora.teachersupport.impl.internal.config.SupportList;
import org.opora.teachersupport.impl.internal.model.EvidenceEntity;
import org.opora.teachersupport.impl.internal.model.EvidenceFileEntity;
import org.opora.teachersupport.impl.internal.model.HelpEntity;
import org.opora.teachersupport.impl.internal.model.SupportRecordEntity;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.opora.teachersupport.impl.internal.rules.DayRule;
import org.opora.teachersupport.impl.internal.rules.HelpFormRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The help given and the evidence of the support records (regulation 004, 3.3 to 3.5 and 5.2). */
@Component(service = HelpService.class)
public class HelpServiceImpl implements HelpService {

    /** The record types of help and evidence in the journal. */
    public static final String HELP = "teachersupport.help";
    public static final String EVIDENCE = "teachersupport.evidence";
    static final int NAME = 400;
    static final int TOPIC = 1000;
    static final int TEXT = 4000;
    static final int DESCRIPTION = 2000;

    private final RecordGate gate;
    private final AttachmentCheck files;
    private final RecordWriter<HelpEntity> help;
    private final ReferenceLists lists;

    @Activate
    public HelpServiceImpl(@Reference RecordGate gate, @Reference AttachmentCheck files,
            @Reference ReferenceLists lists) {
        this.gate = gate;
        this.files = files;
        this.lists = lists;
        this.help = new RecordWriter<>(gate.db(), gate.audit(), HelpEntity.class, HELP);
    }

    @Override
    public List<HelpEntry> help(long recordId) {
        Caller who = gate.caller();
        List<HelpEntry> found = gate.db().read(em -> {
            gate.requireRead(em, who, recordId);
            return helpOf(em, recordId);
        });
        gate.read(recordId);
        return found;
    }

    /** The help given on the record, by day. */
    public static List<HelpEntry> helpOf(EntityManager em, long recordId) {
        return em.createQuery("select h from HelpEntity h where h.recordId = :r order by h.date, h.id",
                HelpEntity.class).setParameter("r", recordId).getResultList().stream().map(HelpEntity::toRecord)
                .toList();
    }

    @Override
    public HelpEntry record(long recordId, HelpDraft draft) {
        Caller who = gate.caller();
        Checked c = check(draft);
        return help.create(em -> {
            SupportRecordEntity r = gate.requireWork(em, who, recordId).requireNotConcluded();
            DayRule.notBeforeDecision("date", c.draft().date(), r.getDecidedOn());
            r.worked();
            HelpEntity h = new HelpEntity(recordId, who.login(), gate.db().now());
            h.apply(c.draft(), c.providedBy(), HelpFormRule.competition(c.draft()));
            return h;
        }, HelpEntity::toRecord);
    }

    @Override
    public HelpEntry update(long helpId, long version, HelpDraft draft) {
        Caller who = gate.caller();
        Checked c = check(draft);
        return help.update(helpId, version, (em, h) -> {
            SupportRecordEntity r = gate.requireWork(em, who, h.getRecordId()).requireNotConcluded();
            DayRule.notBeforeDecision("date", c.draft().date(), r.getDecidedOn());
            h.apply(c.draft(), c.providedBy(), HelpFormRule.competition(c.draft()));
        }, HelpEntity::toRecord);
    }

    @Override
    public List<Evidence> evidence(long recordId) {
        Caller who = gate.caller();
        List<Evidence> found = gate.db().read(em -> {
            gate.requireRead(em, who, recordId);
            return evidenceOf(em, recordId);
        });
        gate.read(recordId);
        return found;
    }

    /** The record's evidence, by day. */
    public static List<Evidence> evidenceOf(EntityManager em, long recordId) {
        return em.createQuery("select e from EvidenceEntity e where e.recordId = :r order by e.date, e.id",
                EvidenceEntity.class).setParameter("r", recordId).getResultList().stream()
                .map(EvidenceEntity::toRecord).toList();
    }

    @Override
    public Evidence addEvidence(long recordId, EvidenceDraft draft) {
        Caller who = gate.caller();
        EvidenceDraft d = checkEvidence(draft);
        Evidence added = gate.db().write(em -> {
            SupportRecordEntity r = gate.requireWork(em, who, recordId).requireNotConcluded();
            DayRule.notBeforeDecision("date", d.date(), r.getDecidedOn());
            r.worked();
            EvidenceEntity e = new EvidenceEntity(recordId, d, who.name(), who.login(), gate.db().now());
            em.persist(e);
            em.flush();
            if (d.file() != null) {
                em.persist(new EvidenceFileEntity(e.getId(), d.file().content()));
            }
            return e.toRecord();
        }, gate.audit(), done -> new AuditEvent(AuditAction.CREATE, EVIDENCE, String.valueOf(done.id()),
                done.hasFile() ? "file" : ""));
        return added;
    }

    @Override
    public Attachment evidenceFile(long evidenceId) {
        Caller who = gate.caller();
        Attachment file = gate.db().read(em -> {
            EvidenceEntity e = ModuleDatabase.find(em, EvidenceEntity.class, evidenceId, EVIDENCE);
            gate.requireRead(em, who, e.getRecordId());
            List<EvidenceFileEntity> found = em.createQuery("select f from EvidenceFileEntity f"
                    + " where f.evidenceId = :e", EvidenceFileEntity.class).setParameter("e", evidenceId)
                    .getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException(EVIDENCE, evidenceId);
            }
            return new Attachment(e.getFileName(), e.getContentType(), found.get(0).getContent());
        });
        gate.audit().record(AuditEvent.read(EVIDENCE, evidenceId));
        return file;
    }

    /**
     * The evidence's fields, refused with every objection at once: the kind from the list, the stage, the day, the
     * description, and the file — not empty, named, within the setting's size ({@code EvidenceFileRule}), then the
     * school's file rules of the document register (allowed types, content really of its type, a clean name).
     */
    private EvidenceDraft checkEvidence(EvidenceDraft d) {
        FieldChecks.present("kind", d);
        Objections o = new Objections();
        o.check(() -> gate.rules().requireKnown(SupportList.EVIDENCE_KINDS, "kind", d.kind()));
        o.check(() -> FieldChecks.present("stage", d.stage()));
        o.check(() -> FieldChecks.notFuture("date", d.date(), gate.db().today()));
        String description = o.value(() -> FieldChecks.required("description", d.description(), DESCRIPTION));
        Attachment file = o.value(() -> {
            if (d.file() == null) {
                return null;
            }
            gate.rules().evidenceFile().check(d.file());
            return files.check(d.file());
        });
        o.refuseAny();
        return new EvidenceDraft(d.kind(), d.stage(), d.date(), description, file);
    }

    private record Checked(HelpDraft draft, String providedBy) {
    }

    /**
     * The help's fields, refused with every objection at once: the form from the list, the day, who gave it, the
     * texts' lengths, the direction of work, and what the form itself needs ({@link HelpFormRule}).
     */
    private Checked check(HelpDraft d) {
        Objections o = new Objections();
        o.check(() -> gate.rules().requireKnown(SupportList.HELP_FORMS, "form", d.form()));
        o.check(() -> FieldChecks.notFuture("date", d.date(), gate.db().today()));
        String by = o.value(() -> d.providedById() != null
                ? gate.people().staff("providedById", d.providedById()).name().full()
                : FieldChecks.required("providedBy", d.providedBy(), NAME));
        String topic = o.value(() -> FieldChecks.required("topic", d.topic(), TOPIC));
        String content = o.value(() -> FieldChecks.maxLength("content", d.content(), TEXT));
        String recommendations = o.value(() -> FieldChecks.maxLength("recommendations", d.recommendations(), TEXT));
        String result = o.value(() -> FieldChecks.maxLength("competitionResult", d.competitionResult(), TOPIC));
        String direction = o.value(() -> WorkDirections.check("direction", d.direction().isEmpty()
                ? HelpDirections.byForm(d.form()) : d.direction(), lists, true));
        o.check(() -> HelpFormRule.check(d));
        o.refuseAny();
        return new Checked(new HelpDraft(d.form(), d.date(), d.providedById(), d.providedBy(), topic, content,
                recommendations, d.competitionLevel(), result, direction), by);
    }
}
