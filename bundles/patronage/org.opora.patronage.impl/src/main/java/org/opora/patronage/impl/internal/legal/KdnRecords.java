package org.opora.patronage.impl.internal.legal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.support.Caller;
import org.opora.core.support.RecordWriter;
import org.opora.patronage.api.legal.KdnCertificate;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.model.KdnCertificateEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a printed certificate (spravka) says of the pupil and the case, read for the service that issues it and for
 * the printable form. A component of its own, without the platform's DocumentService: the form is one of the
 * documents that service collects, so the form must not need it (a reference cycle).
 */
@Component(service = KdnRecords.class)
public class KdnRecords {

    private final CaseGate gate;
    private final PupilService pupils;
    private final SchoolService school;
    private final ReferenceLists lists;
    private final RecordWriter<KdnCertificateEntity> certificates;

    @Activate
    public KdnRecords(@Reference CaseGate gate, @Reference PupilService pupils, @Reference SchoolService school,
            @Reference ReferenceLists lists) {
        this.gate = gate;
        this.pupils = pupils;
        this.school = school;
        this.lists = lists;
        this.certificates = new RecordWriter<>(gate.db(), gate.audit(), KdnCertificateEntity.class,
                KdnServiceImpl.RECORD);
    }

    /** The certificate (spravka) with what the form prints of the case, if the caller may read the case (the read journaled). */
    KdnPrint print(long certificateId, Locale locale) {
        Caller who = gate.caller();
        KdnPrint p = gate.db().read(em -> {
            KdnCertificateEntity k = certificates.find(em, certificateId);
            CaseEntity pc = gate.requireRead(em, who, k.getCaseId());
            return new KdnPrint(facts(em, pc, locale), k.toRecord());
        });
        gate.read(p.certificate().caseId());
        return p;
    }

    /** What the form prints. */
    record KdnPrint(KdnFacts facts, KdnCertificate certificate) {
    }

    KdnFacts facts(EntityManager em, CaseEntity pc, Locale locale) {
        School s = school.school();
        Optional<Pupil> pupil = pupil(pc.getPupilId());
        List<String> curators = em.createQuery("select k from CuratorEntity k where k.caseId = :c order by k.from",
                CuratorEntity.class).setParameter("c", pc.getId()).getResultList().stream()
                .filter(k -> k.activeOn(pc.isOpen() ? gate.db().today() : pc.getClosedOn()))
                .map(CuratorEntity::getName).toList();
        return new KdnFacts(s.name(), s.director() == null ? "" : s.director(), pc.getPupilName(),
                pupil.map(Pupil::birthDate).orElse(null), pupil.map(Pupil::className).orElse(""),
                pupil.map(Pupil::classTeacher).orElse(""), lists.label(ReferenceList.PUPIL_FLAGS, pc.getCategory(),
                        locale), pc.getOpenedOn(), curators);
    }

    private Optional<Pupil> pupil(long pupilId) {
        try {
            return Optional.of(pupils.get(pupilId));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
