package org.opora.core.impl.internal.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ValidationException;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.api.pupil.RepresentativeDraft;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty installation with the generated demo school, in one transaction, when the demo profile is on
 * ({@code etc/org.opora.core.demo.cfg}, written by {@code bin/opora-demo}). An installation that already has staff
 * or pupils is never touched.
 */
@Component(configurationPid = DemoSchoolLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = DemoSchoolLoader.class)
@Designate(ocd = DemoConfig.class)
public class DemoSchoolLoader {

    public static final String PID = "org.opora.core.demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSchoolLoader.class);
    private static final String SYSTEM = "demo";

    private final Thread worker;

    /**
     * Starts the load in its own thread: generating and storing ~600 pupils takes seconds, which must not hold up
     * the installation of the features after this one.
     */
    @Activate
    public DemoSchoolLoader(@Reference CoreDatabase db, DemoConfig config) {
        if (config.enabled()) {
            worker = new Thread(() -> load(db, config), "opora-demo-school");
            worker.setDaemon(true);
            worker.start();
        } else {
            worker = null;
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            worker.join(60_000); // the load is one transaction: let it commit or roll back before the unit closes
        }
    }

    private static void load(CoreDatabase db, DemoConfig config) {
        long start = System.nanoTime();
        try {
            int pupils = db.write(em -> empty(em)
                    ? load(em, db, new DemoSchoolGenerator().generate(config.seed(), db.today())) : -1);
            if (pupils >= 0) {
                LOG.info("Demo school created: {} pupils in {} ms", pupils,
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.error("The demo school could not be created; the database is left as it was", e);
        }
    }

    private static boolean empty(EntityManager em) {
        return em.createQuery("select count(s) from StaffEntity s", Long.class).getSingleResult() == 0
                && em.createQuery("select count(p) from PupilEntity p", Long.class).getSingleResult() == 0;
    }

    private static int load(EntityManager em, CoreDatabase db, DemoSchool demo) {
        Map<String, StaffEntity> staff = new HashMap<>();
        for (DemoStaff s : demo.staff()) {
            StaffEntity e = new StaffEntity();
            e.apply(s.draft());
            em.persist(e);
            staff.put(s.key(), e);
        }
        SchoolEntity school = db.school(em);
        school.update(demo.name(), demo.number(), demo.address(), staff.get(demo.directorKey()));
        school.setCurrentYear(demo.year());
        Map<String, ClassEntity> classes = new HashMap<>();
        for (DemoClass c : demo.classes()) {
            ClassEntity e = new ClassEntity(demo.year(), c.grade(), c.letter(), staff.get(c.classTeacherKey()));
            em.persist(e);
            classes.put(e.name(), e);
        }
        List<PupilEntity> pupils = pupils(em, demo, classes);
        Map<String, OrderEntity> orders = new HashMap<>();
        for (DemoOrder o : demo.orders()) {
            OrderEntity e = new OrderEntity();
            e.apply(o.draft());
            em.persist(e);
            orders.put(o.draft().number(), e);
        }
        em.persist(new HeadEntity(staff.get(demo.head().staffKey()), orders.get(demo.head().orderNumber()),
                demo.head().from()));
        for (DemoMember m : demo.members()) {
            em.persist(new MemberEntity(m.body(), staff.get(m.staffKey()), m.role(), m.from(),
                    m.orderNumber() == null ? null : orders.get(m.orderNumber())));
        }
        documents(em, demo, staff, db);
        agencies(em, demo, pupils);
        return pupils.size();
    }

    private static List<PupilEntity> pupils(EntityManager em, DemoSchool demo, Map<String, ClassEntity> classes) {
        List<PupilEntity> result = new java.util.ArrayList<>();
        for (DemoPupil p : demo.pupils()) {
            PupilEntity e = new PupilEntity();
            e.update(p.name(), p.birthDate(), p.sex());
            em.persist(e);
            ClassEntity klass = classes.get(p.className());
            if (klass == null) {
                throw new ValidationException("", "core.error.pupil.classNotCurrent");
            }
            em.persist(new PlacementEntity(e, klass));
            result.add(e);
        }
        em.flush();
        for (int i = 0; i < demo.pupils().size(); i++) {
            long id = result.get(i).getId();
            for (RepresentativeDraft r : demo.pupils().get(i).representatives()) {
                em.persist(new RepresentativeEntity(id, r));
            }
            for (DemoFlag f : demo.pupils().get(i).flags()) {
                FlagEntity flag = new FlagEntity(id, f.flag(), f.setOn(), f.note(), SYSTEM);
                if (f.clearedOn() != null) {
                    flag.clear(f.clearedOn(), SYSTEM);
                }
                em.persist(flag);
            }
        }
        return result;
    }

    private static void documents(EntityManager em, DemoSchool demo, Map<String, StaffEntity> staff,
            CoreDatabase db) {
        for (DemoDocument d : demo.documents()) {
            DocumentEntity e = new DocumentEntity(db.clock().instant(), SYSTEM);
            AcademicYear year = d.year();
            e.describe(d.type(), d.title(), staff.get(d.authorKey()), year);
            e.file(d.fileName(), d.contentType(), d.content().length);
            if (d.approved()) {
                e.approve(d.approvedBy(), d.approvedOn());
            }
            em.persist(e);
            em.flush();
            em.persist(new DocumentFileEntity(e.getId(), d.content()));
        }
    }

    private static void agencies(EntityManager em, DemoSchool demo, List<PupilEntity> pupils) {
        Map<String, AgencyEntity> agencies = new HashMap<>();
        for (AgencyDraft a : demo.agencies()) {
            AgencyEntity e = new AgencyEntity();
            e.apply(a);
            em.persist(e);
            agencies.put(a.name(), e);
        }
        for (DemoInteraction i : demo.interactions()) {
            AgencyEntity agency = agencies.get(i.agencyName());
            PupilEntity pupil = i.pupilIndex() == null ? null : pupils.get(i.pupilIndex());
            InteractionEntity e = new InteractionEntity(i.authorUsername());
            e.apply(new InteractionDraft(i.date(), 0, null, i.subject(), i.outcome(), i.nextStep(), i.nextDue()),
                    agency, pupil);
            em.persist(e);
        }
    }
}
