package org.opora.core.impl.internal.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.agency.AgencyServiceImpl;
import org.opora.core.impl.internal.config.CoreBodyRoles;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.config.ListsConfig;
import org.opora.core.impl.internal.config.RoleMeaningsConfig;
import org.opora.core.impl.internal.config.RulesConfig;
import org.opora.core.impl.internal.document.ConfiguredAttachmentCheck;
import org.opora.core.impl.internal.document.DocumentRegisterImpl;
import org.opora.core.impl.internal.pupil.ClassServiceImpl;
import org.opora.core.impl.internal.pupil.PupilServiceImpl;
import org.opora.core.impl.internal.school.SchoolServiceImpl;
import org.opora.core.impl.internal.seed.SchoolSeedServiceImpl;
import org.opora.core.impl.internal.staff.OrderServiceImpl;
import org.opora.core.impl.internal.staff.StaffServiceImpl;
import org.opora.core.impl.internal.staff.StructureServiceImpl;
import org.opora.core.support.testing.ServiceTestSupport;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.TypedConfig;

/**
 * The core's services wired as Declarative Services wires them, on the core's own unit (opora-core, its changelog) in
 * in-memory Derby, with a security context the test signs people into and an audit journal that keeps what it is
 * given. Every test starts with empty tables and nobody signed in (the system); set-up made as the system is
 * forgotten by the journal with {@link #signIn}.
 */
public abstract class CoreServiceTestSupport extends ServiceTestSupport {

    @RegisterExtension
    protected static final InMemoryUnit UNIT = new InMemoryUnit(CoreDatabase.UNIT);

    protected CoreDatabase db;
    protected Guard guard;
    protected CoreRules rules;
    protected CoreLists lists;
    protected SchoolServiceImpl school;
    protected StaffServiceImpl staff;
    protected OrderServiceImpl orders;
    protected StructureServiceImpl structure;
    protected ClassServiceImpl classes;
    protected PupilServiceImpl pupils;
    protected ConfiguredAttachmentCheck attachments;
    protected DocumentRegisterImpl documents;
    protected AgencyServiceImpl agencies;
    protected SchoolSeedServiceImpl seeds;
    protected CoreBodyRoles bodyRoles;

    @BeforeEach
    void wireServices() {
        wire(Map.of());
    }

    /** Wires the services again with some rules set, e.g. {@code Map.of("highestGrade", 9)}. */
    protected void wire(Map<String, ?> ruleValues) {
        db = new CoreDatabase(UNIT.emf());
        guard = new Guard() {
            @Override
            protected SecurityContext securityContext() {
                return security;
            }
        };
        rules = new CoreRules(TypedConfig.of(RulesConfig.class, ruleValues));
        lists = new CoreLists(TypedConfig.defaults(ListsConfig.class));
        school = new SchoolServiceImpl(db, guard, audit);
        staff = new StaffServiceImpl(db, guard, lists, audit);
        orders = new OrderServiceImpl(db, guard, audit);
        bodyRoles = new CoreBodyRoles(lists, TypedConfig.defaults(RoleMeaningsConfig.class));
        structure = new StructureServiceImpl(db, guard, lists, audit, bodyRoles);
        classes = new ClassServiceImpl(db, guard, rules, audit);
        pupils = new PupilServiceImpl(db, guard, rules, lists, audit);
        attachments = new ConfiguredAttachmentCheck(rules);
        documents = new DocumentRegisterImpl(db, guard, lists, attachments, audit, rules);
        agencies = new AgencyServiceImpl(db, guard, lists, audit);
        seeds = new SchoolSeedServiceImpl(db, guard, audit);
    }

    protected LocalDate today() {
        return LocalDate.now();
    }

    protected AcademicYear currentYear() {
        return AcademicYear.containing(today());
    }

    protected StaffMember staffMember(String surname, String username) {
        return staff.create(new StaffDraft(new PersonName(surname, "Anna", "Petrovna"), "teacher", List.of(),
                username, "", ""));
    }

    protected SchoolClass schoolClass(int grade, String letter, Long teacherId) {
        return classes.create(currentYear(), new ClassDraft(grade, letter, teacherId));
    }

    protected Pupil pupil(String surname, long classId) {
        return pupils.create(draft(surname, classId));
    }

    /** A ten-year-old boy of the class. */
    protected PupilDraft draft(String surname, long classId) {
        return new PupilDraft(new PersonName(surname, "Ivan", ""), today().minusYears(10).minusDays(3), Sex.MALE,
                classId);
    }

    protected Order order(String number, LocalDate date) {
        return orders.register(new OrderDraft(number, date, "On appointments", ""));
    }

}
