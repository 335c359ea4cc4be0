package org.opora.core.impl.internal.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.core.api.School;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedDocument;
import org.opora.core.impl.internal.rules.DocumentDirections;
import org.opora.core.api.seed.SeedFlag;
import org.opora.core.api.seed.SeedInteraction;
import org.opora.core.api.seed.SeedMember;
import org.opora.core.api.seed.SeedPupil;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.impl.internal.model.AgencyEntity;
import org.opora.core.impl.internal.model.ClassEntity;
import org.opora.core.impl.internal.model.DocumentEntity;
import org.opora.core.impl.internal.model.DocumentFileEntity;
import org.opora.core.impl.internal.model.FlagEntity;
import org.opora.core.impl.internal.model.HeadEntity;
import org.opora.core.impl.internal.model.InteractionEntity;
import org.opora.core.impl.internal.model.MemberEntity;
import org.opora.core.impl.internal.model.OrderEntity;
import org.opora.core.impl.internal.model.PlacementEntity;
import org.opora.core.impl.internal.model.PupilEntity;
import org.opora.core.impl.internal.model.RepresentativeEntity;
import org.opora.core.impl.internal.model.SchoolEntity;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.core.impl.internal.support.CoreDatabase;

/**
 * Writes a checked seed with the entities, inside the caller's transaction: staff, the school, classes, pupils with
 * their placements, representatives and flags, orders, the head of service, body members, documents, agencies and
 * interactions. Flags and documents name {@code actor} as who set or added them.
 */
final class SeedWriter {

    private final EntityManager em;
    private final CoreDatabase db;
    private final String actor;
    private final Map<String, StaffEntity> staff = new HashMap<>();
    private final Map<String, OrderEntity> orders = new HashMap<>();

    SeedWriter(EntityManager em, CoreDatabase db, String actor) {
        this.em = em;
        this.db = db;
        this.actor = actor;
    }

    /** Whether the installation has neither staff nor pupils. */
    static boolean empty(EntityManager em) {
        return em.createQuery("select count(s) from StaffEntity s", Long.class).getSingleResult() == 0
                && em.createQuery("select count(p) from PupilEntity p", Long.class).getSingleResult() == 0;
    }

    School write(SchoolSeed seed) {
        for (SeedStaff s : seed.staff()) {
            StaffEntity e = new StaffEntity();
            e.apply(s.draft());
            em.persist(e);
            staff.put(s.key(), e);
        }
        SchoolEntity school = db.school(em);
        school.update(seed.name(), seed.number(), seed.address(), staffOf(seed.directorKey()));
        school.setCurrentYear(seed.year());
        school.setDemo(seed.demo());
        Map<String, ClassEntity> classes = new HashMap<>();
        for (SeedClass c : seed.classes()) {
            ClassEntity e = new ClassEntity(seed.year(), c.grade(), c.letter(), staffOf(c.classTeacherKey()));
            em.persist(e);
            classes.put(c.name(), e);
        }
        List<PupilEntity> pupils = pupils(seed.pupils(), classes);
        for (OrderDraft o : seed.orders()) {
            OrderEntity e = new OrderEntity();
            e.apply(o);
            em.persist(e);
            orders.put(o.number(), e);
        }
        if (seed.head() != null) {
            em.persist(new HeadEntity(staff.get(seed.head().staffKey()), orders.get(seed.head().orderNumber()),
                    seed.head().from()));
        }
        for (SeedMember m : seed.members()) {
            em.persist(new MemberEntity(m.body(), staff.get(m.staffKey()), m.role(), m.from(),
                    m.orderNumber() == null ? null : orders.get(m.orderNumber())));
        }
        documents(seed.documents(), pupils);
        agencies(seed.agencies(), seed.interactions(), pupils);
        em.flush();
        return school.toRecord();
    }

    private StaffEntity staffOf(String key) {
        return key == null ? null : staff.get(key);
    }

    private List<PupilEntity> pupils(List<SeedPupil> seeds, Map<String, ClassEntity> classes) {
        List<PupilEntity> result = new ArrayList<>();
        for (SeedPupil p : seeds) {
            PupilEntity e = new PupilEntity();
            e.update(p.name(), p.birthDate(), p.sex());
            em.persist(e);
            em.persist(new PlacementEntity(e, classes.get(p.className())));
            result.add(e);
        }
        em.flush(); // IDENTITY: the pupils' ids exist only after the insert
        for (int i = 0; i < seeds.size(); i++) {
            long id = result.get(i).getId();
            for (RepresentativeDraft r : seeds.get(i).representatives()) {
                em.persist(new RepresentativeEntity(id, r));
            }
            for (SeedFlag f : seeds.get(i).flags()) {
                FlagEntity flag = new FlagEntity(id, f.flag(), f.setOn(), f.note(), actor);
                if (f.clearedOn() != null) {
                    flag.clear(f.clearedOn(), actor);
                }
                em.persist(flag);
            }
        }
        return result;
    }

    private void documents(List<SeedDocument> documents, List<PupilEntity> pupils) {
        for (SeedDocument d : documents) {
            DocumentEntity e = new DocumentEntity(db.now(), actor);
            e.describe(d.type(), d.title(), staffOf(d.authorKey()), d.year());
            e.direction(DocumentDirections.byType(d.type()));
            byte[] content = d.content();
            e.file(d.fileName(), d.contentType(), content.length);
            if (d.approved()) {
                e.approve(d.approvedBy(), d.approvedOn());
            }
            if (d.pupilIndex() != null) {
                e.about(pupils.get(d.pupilIndex()));
            }
            if (d.archivedOn() != null) {
                e.archive(d.archivedOn());
            }
            em.persist(e);
            em.flush();
            em.persist(new DocumentFileEntity(e.getId(), content));
        }
    }

    private void agencies(List<AgencyDraft> drafts, List<SeedInteraction> interactions, List<PupilEntity> pupils) {
        Map<String, AgencyEntity> agencies = new HashMap<>();
        for (AgencyDraft a : drafts) {
            AgencyEntity e = new AgencyEntity();
            e.apply(a);
            em.persist(e);
            agencies.put(a.name(), e);
        }
        for (SeedInteraction i : interactions) {
            PupilEntity pupil = i.pupilIndex() == null ? null : pupils.get(i.pupilIndex());
            InteractionEntity e = new InteractionEntity(i.authorUsername());
            e.apply(new InteractionDraft(i.date(), 0, null, i.subject(), i.outcome(), i.nextStep(), i.nextDue(),
                    i.direction()),
                    agencies.get(i.agencyName()), pupil);
            em.persist(e);
        }
    }
}
