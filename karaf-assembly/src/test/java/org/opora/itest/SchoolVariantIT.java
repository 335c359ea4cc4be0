package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.consilium.api.ConsiliumOfficers;
import org.opora.core.api.PersonName;
import org.opora.core.api.SchoolService;
import org.opora.core.api.Sex;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRole;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.api.i18n.CatalogueEntry;
import org.opora.platform.api.i18n.MessageCatalogue;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.Task;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A school's own variant in the running distribution, set through Configuration Admin as the settings and texts
 * views store it and applied without a restart: the consilium's roles renamed and one added (a «Руководитель ППк»
 * coded {@code head} means the chair) are what the core offers and checks, the consilium's chair is the holder of
 * {@code head}, who may appoint a programme's curator while an expert may not; and a school's text of a printed form
 * replaces the module's for the translator every duty and PDF reads through.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SchoolVariantIT extends PlatformTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Configuration
    public Option[] config() throws IOException {
        return platform(freshDatabase("itest-variant-db"));
    }

    @Test
    public void aRoleMeaningTheChairIsTheConsiliumsChairWhateverItsCode() throws Exception {
        ConfigurationAdmin cm = service(ConfigurationAdmin.class, null);
        update(cm, "org.opora.core.lists", "bodyRoles", new String[] {"head = Руководитель ППк", "deputy-chair",
            "clerk = Делопроизводитель", "expert = Эксперт", "member"});
        BodyRoles roles = service(BodyRoles.class, null);
        eventually("the renamed roles are configured", () -> roles.codes().contains("head"));
        SettingsCheck check = service(SettingsCheck.class, "(" + SettingsCheck.PID + "=org.opora.core.bodyroles)");
        SettingProblem twoChairs = check.check("bodyRoleMeanings", List.of("head = chair", "expert = chair"))
                .orElseThrow(() -> new AssertionError("two chairs were accepted"));
        assertEquals("core.settings.bodyRoleMeanings.single.chair", twoChairs.reasonKey());
        assertEquals("core.settings.bodyRoleMeanings.unknownRole",
                check.check("bodyRoleMeanings", List.of("chair = chair")).orElseThrow().reasonKey());
        assertTrue(check.check("bodyRoleMeanings", List.of("head = chair", "clerk = secretary")).isEmpty());
        update(cm, "org.opora.core.bodyroles", "bodyRoleMeanings", new String[] {"head = chair",
            "deputy-chair = deputy", "clerk = secretary"});
        eventually("head means the chair", () -> roles.meaning("head") == BodyRoleMeaning.CHAIR);

        List<BodyRole> offered = roles.roles(RU);
        assertEquals(List.of("head", "deputy-chair", "clerk", "expert", "member"),
                offered.stream().map(BodyRole::code).toList());
        assertEquals("Руководитель ППк", offered.get(0).label());
        assertEquals(BodyRoleMeaning.MEMBER, roles.meaning("expert"));

        StaffService staff = service(StaffService.class, null);
        long head = staff.create(new StaffDraft(new PersonName("Орлова", "Ольга", "Петровна"), "Заместитель директора",
                List.of("deputy-director"), "orlova", "", "")).id();
        long expert = staff.create(new StaffDraft(new PersonName("Лебедев", "Игорь", "Васильевич"), "Учитель",
                List.of("subject-teacher"), "lebedev", "", "")).id();
        long curator = staff.create(new StaffDraft(new PersonName("Волкова", "Анна", "Игоревна"), "Педагог-психолог",
                List.of("psychologist"), null, "", "")).id();
        StructureService structure = service(StructureService.class, null);
        LocalDate from = LocalDate.now().minusDays(10);
        structure.addMember(new MemberDraft("consilium", head, "head", from, null));
        structure.addMember(new MemberDraft("consilium", expert, "expert", from, null));
        try {
            structure.addMember(new MemberDraft("consilium", curator, "chair", from, null));
            fail("the code chair, no longer configured, was accepted");
        } catch (ValidationException e) {
            assertEquals("core.error.notInList", e.messageKey());
        }
        try {
            structure.addMember(new MemberDraft("consilium", curator, "head", from, null));
            fail("a second holder of the role meaning the chair was accepted");
        } catch (ValidationException e) {
            assertEquals("core.error.membership.roleTaken", e.messageKey());
        }
        BodyMember chair = service(ConsiliumOfficers.class, null).chair(LocalDate.now())
                .orElseThrow(() -> new AssertionError("the holder of head is not the consilium's chair"));
        assertEquals(head, chair.staffId());

        ProgrammeService programmes = service(ProgrammeService.class, null);
        Programme programme = programmes.create(draft(pupil(), curator));
        Set<String> permissions = Set.of(ProgrammesPermissions.ACCESS, ProgrammesPermissions.DRAFT,
                "core.staff.read", "core.pupil.read-all");
        OporaUser headUser = new OporaUser("orlova", "Орлова О. П.", Set.of(), permissions, RU);
        OporaUser expertUser = new OporaUser("lebedev", "Лебедев И. В.", Set.of(), permissions, RU);
        assertFalse("an expert is an ordinary member",
                SystemWork.actingAs(expertUser, () -> programmes.mayAppointCurator(programme.id())));
        assertTrue("the holder of head is the chair",
                SystemWork.actingAs(headUser, () -> programmes.mayAppointCurator(programme.id())));
        Programme appointed = SystemWork.actingAs(headUser,
                () -> programmes.appointCurator(programme.id(), programme.version(), expert));
        assertEquals(Long.valueOf(expert), appointed.curatorId());
    }

    @Test
    public void aSchoolsTextReplacesTheModulesAtOnceAndGoesBack() throws Exception {
        Translator translator = service(Translator.class, null);
        String key = "programmes.print.restricted";
        assertEquals("Для служебного пользования", translator.translate(key, RU));
        ConfigurationAdmin cm = service(ConfigurationAdmin.class, null);
        org.osgi.service.cm.Configuration texts = cm.getConfiguration(MessageCatalogue.PID, "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(MessageCatalogue.property("ru", key), "Конфиденциально");
        texts.update(props);
        eventually("the school's text applies", () -> "Конфиденциально".equals(translator.translate(key, RU)));
        assertEquals("For official use only", translator.translate(key, Locale.ENGLISH));
        CatalogueEntry entry = service(MessageCatalogue.class, null).entries().stream()
                .filter(e -> e.key().equals(key)).findFirst().orElseThrow();
        assertEquals("org.opora.programmes.impl", entry.bundle());
        assertEquals("Для служебного пользования", entry.moduleRu());
        assertEquals("Конфиденциально", entry.schoolRu());
        texts.delete();
        eventually("the module's text applies again",
                () -> "Для служебного пользования".equals(translator.translate(key, RU)));
    }

    private static void update(ConfigurationAdmin cm, String pid, String property, String[] values)
            throws IOException {
        org.osgi.service.cm.Configuration c = cm.getConfiguration(pid, "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(property, values);
        c.update(props);
    }

    private long pupil() throws Exception {
        long classId = service(ClassService.class, null).create(service(SchoolService.class, null).school()
                .currentYear(), new ClassDraft(8, "Б", null)).id();
        return service(PupilService.class, null).create(new PupilDraft(new PersonName("Сидоров", "Пётр", "Ильич"),
                LocalDate.now().minusYears(14), Sex.MALE, classId)).id();
    }

    private static ProgrammeDraft draft(long pupilId, long curator) {
        LocalDate start = LocalDate.now();
        return new ProgrammeDraft(pupilId, null, "Конфликты с одноклассниками", "Повышенная тревожность",
                "Адаптация в классе", List.of(new Task(0L, 1, "Снизить тревожность")),
                "классный руководитель, педагог-психолог", "Спорт", "Поддержка семьи", "Адаптация",
                "Наблюдение классного руководителя", start, start.plusMonths(6).minusDays(1),
                List.of("psychological"), "high-suicide-risk", curator);
    }
}
