package org.opora.patronage.impl.internal.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationException;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.FormTexts;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.legal.KdnCertificate;
import org.opora.patronage.api.legal.KdnDraft;
import org.opora.patronage.api.legal.KdnService;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.KdnCertificateEntity;
import org.opora.patronage.impl.internal.model.WorkItemEntity;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.print.DocumentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates (spravki) for KDN i ZP (003 section 3.2). Issuing one checks every field and that the caller may
 * add to the register, renders the certificate, registers it in the core's document register (type
 * {@code certificate}, a title without personal data), replaces the registered file by the one that carries the
 * registration number and date, then keeps the certificate with the case. The core's register is another unit and
 * no transaction spans both: when anything after the registration fails, the registered document is withdrawn
 * ({@link DocumentRegister#withdraw}), so that neither is kept.
 */
@Component(service = KdnService.class)
public class KdnServiceImpl implements KdnService {

    private static final Logger LOG = LoggerFactory.getLogger(KdnServiceImpl.class);

    static final String RECORD = "patronage.kdn";
    static final String DOCUMENT_TYPE = "certificate";
    static final String AGENCY_KIND = "kdn";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final int SHORT = 400;
    static final int TEXT = 4000;
    static final int LONG = 8000;

    private final CaseGate gate;
    private final KdnRecords records;
    private final DocumentRegister register;
    private final DocumentService documents;
    private final AgencyService agencies;
    private final Translator translator;
    private final RecordWriter<KdnCertificateEntity> certificates;

    @Activate
    public KdnServiceImpl(@Reference CaseGate gate, @Reference KdnRecords records,
            @Reference DocumentRegister register, @Reference DocumentService documents,
            @Reference AgencyService agencies, @Reference Translator translator) {
        this.gate = gate;
        this.records = records;
        this.register = register;
        this.documents = documents;
        this.agencies = agencies;
        this.translator = translator;
        this.certificates = new RecordWriter<>(gate.db(), gate.audit(), KdnCertificateEntity.class, RECORD);
    }

    @Override
    public List<KdnCertificate> certificates(long caseId) {
        Caller who = gate.caller();
        List<KdnCertificate> all = gate.db().read(em -> {
            gate.requireRead(em, who, caseId);
            return em.createQuery("select k from KdnCertificateEntity k where k.caseId = :c"
                    + " order by k.issuedOn desc, k.id desc", KdnCertificateEntity.class).setParameter("c", caseId)
                    .getResultList().stream().map(KdnCertificateEntity::toRecord).toList();
        });
        gate.read(caseId);
        return all;
    }

    @Override
    public KdnDraft prefill(long caseId) {
        Caller who = gate.caller(PatronagePermissions.COORDINATE);
        String work = gate.db().read(em -> {
            CaseEntity pc = gate.requireKeep(em, who, caseId);
            return workDone(em, pc, who.locale());
        });
        gate.read(caseId);
        String addressee = kdn().map(Agency::name).orElse("");
        return new KdnDraft(gate.db().today(), addressee, "", "", "", work, "");
    }

    @Override
    public KdnCertificate issue(long caseId, KdnDraft draft) {
        Caller who = gate.caller(PatronagePermissions.COORDINATE);
        CaseEntity pc = gate.db().read(em -> gate.requireKeep(em, who, caseId));
        pc.requireOpen();
        KdnDraft d = check(draft, pc);
        // the register's own refusal, before anything is rendered or written
        if (!who.allows(CorePermissions.DOCUMENT_EDIT)) {
            throw new AccessDeniedException(CorePermissions.DOCUMENT_EDIT);
        }
        KdnFacts facts = gate.db().read(em -> records.facts(em, pc, RUSSIAN));
        KdnCertificate unnumbered = new KdnCertificate(0, caseId, 0, d.issuedOn(), d.addressee(), d.purpose(),
                d.behaviour(), d.family(), d.workDone(), d.conclusion(), who.name(), 0);
        KdnLayout layout = new KdnLayout(new FormTexts(translator, RUSSIAN, "patronage.print."));
        Attachment draftFile = pdf("kdn.pdf", documents.render(layout.build(facts, unnumbered, null)));
        DocumentRecord registered = register.add(new DocumentDraft(DOCUMENT_TYPE,
                translator.translate("patronage.print.kdn.registerTitle", RUSSIAN), who.staffId(),
                AcademicYear.containing(d.issuedOn())), draftFile);
        long documentId = registered.id();
        try {
            register.replaceFile(documentId, registered.version(), pdf("kdn-" + documentId + ".pdf",
                    documents.render(layout.build(facts, unnumbered, documentId))));
            return certificates.create(em -> {
                gate.requireKeep(em, who, caseId).requireOpen();
                return new KdnCertificateEntity(caseId, documentId, d, who.name(), who.login(), gate.db().now());
            }, KdnCertificateEntity::toRecord, r -> "register " + r.documentId());
        } catch (RuntimeException e) {
            withdraw(documentId, e);
            throw e;
        }
    }

    /**
     * Takes the registered document back when the certificate could not be kept, so that neither stays; when the
     * register refuses that too, the entry stays in its journal and the failure is logged with the document's id.
     */
    private void withdraw(long documentId, RuntimeException cause) {
        try {
            register.withdraw(documentId);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            LOG.error("The register's document {} of a certificate not kept could not be withdrawn", documentId, e);
        }
    }

    /**
     * The certificate's fields, refused with every objection at once: the day not in the future nor before the
     * case was opened, the addressee, the texts and their lengths.
     */
    private KdnDraft check(KdnDraft d, CaseEntity pc) {
        Objections o = new Objections();
        LocalDate on = o.value(() -> {
            LocalDate day = FieldChecks.notFuture("issuedOn", d.issuedOn(), gate.db().today());
            if (day.isBefore(pc.getOpenedOn())) {
                throw new ValidationException("issuedOn", "patronage.rule.beforeOpening",
                        FieldChecks.day(pc.getOpenedOn()));
            }
            return day;
        });
        String addressee = o.value(() -> FieldChecks.required("addressee", d.addressee(), SHORT));
        String purpose = o.value(() -> FieldChecks.maxLength("purpose", d.purpose(), SHORT));
        String behaviour = o.value(() -> FieldChecks.required("behaviour", d.behaviour(), TEXT));
        String family = o.value(() -> FieldChecks.required("family", d.family(), TEXT));
        String workDone = o.value(() -> FieldChecks.required("workDone", d.workDone(), LONG));
        String conclusion = o.value(() -> FieldChecks.required("conclusion", d.conclusion(), TEXT));
        o.refuseAny();
        return new KdnDraft(on, addressee, purpose, behaviour, family, workDone, conclusion);
    }

    /** The plan's rows done, with their results, and the number of contacts: the start of "the work done". */
    private String workDone(EntityManager em, CaseEntity pc, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (WorkItemEntity w : em.createQuery("select w from WorkItemEntity w where w.caseId = :c and w.doneOn"
                + " is not null order by w.doneOn", WorkItemEntity.class).setParameter("c", pc.getId())
                .getResultList()) {
            var r = w.toRecord(pc.getOpenedOn());
            lines.add(FieldChecks.day(r.doneOn()) + " " + r.activity() + ": " + r.actualResult());
        }
        long contacts = em.createQuery("select count(t) from ContactEntity t where t.caseId = :c", Long.class)
                .setParameter("c", pc.getId()).getSingleResult();
        if (contacts > 0) {
            lines.add(translator.translate("patronage.print.kdn.contacts", locale, contacts));
        }
        return String.join("\n", lines);
    }

    private Optional<Agency> kdn() {
        try {
            return agencies.agencies(AGENCY_KIND, false).stream().findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Attachment pdf(String name, byte[] content) {
        return new Attachment(name, "application/pdf", content);
    }
}
