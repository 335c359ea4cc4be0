package org.opora.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.opora.core.api.CoreException;
import org.opora.core.api.PersonName;
import org.opora.core.api.SchoolService;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffService;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.api.team.CuratorService;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.ContactService;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.core.api.ValidationException;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ServiceWork;
import org.opora.patronage.api.work.WorkPlanService;
import org.opora.platform.api.duty.DutyProvider;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * opora-patronage wired in the container on the core's real services, called through its typed API: a pupil flagged
 * with deviant behaviour is found without a case, the case is opened, a curator is appointed by a registered order
 * (and refused without one), the curator's plan has an overdue row and the contact log a next step, and the case
 * reads back with its curator and the pupil's class from the core. The rules and the access are tested without a
 * container in the patronage's service tests; installing and removing the feature in {@link ModulesFeatureIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PatronageServicesIT extends PlatformTestSupport {

    @Configuration
    public Option[] config() throws IOException {
        return platform(freshDatabase("itest-patronage-db"));
    }

    @Test
    public void aCaseOpenedForAMandatoryCategoryIsCuratedByOrder() throws Exception {
        StaffService staff = service(StaffService.class, null);
        long curator = staff.create(new StaffDraft(new PersonName("Волкова", "Анна", "Игоревна"), "Педагог-психолог",
                List.of("psychologist"), "itest-curator", "", "")).id();
        long classId = service(ClassService.class, null).create(service(SchoolService.class, null).school()
                .currentYear(), new ClassDraft(8, "Б", null)).id();
        PupilService pupils = service(PupilService.class, null);
        long pupilId = pupils.create(new PupilDraft(new PersonName("Зайцев", "Никита", "Андреевич"),
                LocalDate.now().minusYears(14), Sex.MALE, classId)).id();
        LocalDate today = LocalDate.now();
        pupils.setFlag(pupilId, "deviant", today.minusDays(20), "Пропуски уроков");

        CaseService cases = service(CaseService.class, null);
        assertTrue(cases.mandatoryWithoutCase().stream().anyMatch(p -> p.pupilId() == pupilId));
        PatronageCase opened = cases.open(new CaseDraft(pupilId, "deviant", "Пропуски уроков, конфликты",
                today.minusDays(14)));
        assertTrue(cases.mandatoryWithoutCase().stream().noneMatch(p -> p.pupilId() == pupilId));
        assertEquals("8Б", opened.className());

        CuratorService curators = service(CuratorService.class, null);
        try {
            curators.appoint(opened.id(), CuratorDraft.internal(curator, null, today.minusDays(7)));
            fail("a curator was appointed without the director's order");
        } catch (CoreException refused) {
            assertEquals("patronage.rule.orderRequired", refused.messageKey());
        }
        Order order = service(OrderService.class, null).register(new OrderDraft("77-о", today.minusDays(7),
                "О закреплении кураторов", ""));
        curators.appoint(opened.id(), CuratorDraft.internal(curator, order.id(), today.minusDays(7)));

        WorkPlanService plan = service(WorkPlanService.class, null);
        plan.add(opened.id(), new WorkItemDraft("Посещение семьи", "Посещение на дому", today.minusDays(6),
                today.minusDays(1), curator, HelpKind.SOCIAL, "Условия жизни известны"));
        assertEquals(1, plan.overdueFor("itest-curator").size());
        // 000 §3: a row carries its direction of work — the one its kind of help gives, or the one chosen
        assertEquals("social-protection", plan.plan(opened.id()).get(0).direction());
        plan.add(opened.id(), new WorkItemDraft("Беседа о режиме дня", "Беседа", today.minusDays(2), null, curator,
                HelpKind.PSYCHOLOGICAL_PEDAGOGICAL, "education", "Режим дня соблюдается"));
        try {
            plan.add(opened.id(), new WorkItemDraft("Гадание", "Беседа", today.minusDays(2), null, curator,
                    HelpKind.SOCIAL, "astrology", "—"));
            fail("an unknown direction of work was accepted");
        } catch (CoreException refused) {
            assertEquals("core.error.direction.unknown", refused.messageKey());
            assertEquals("direction", ((ValidationException) refused).field());
        }
        assertEquals("nothing of the refused row is stored", 2, plan.plan(opened.id()).size());
        ServiceWork work = service(ServiceWork.class, null);
        ActivityQuery period = new ActivityQuery(today.minusDays(30), today, ActivityQuery.ALL);
        List<Activity> education = work.activities(period.withDirection("education"), Locale.forLanguageTag("ru"));
        assertTrue(education.toString(), education.stream().anyMatch(a -> a.title().equals("Беседа о режиме дня")
                && a.person().equals("Зайцев Никита Андреевич")
                && a.route().equals("patronage/case/" + opened.id())));
        assertTrue(work.activities(period.withDirection("social-protection"), Locale.forLanguageTag("ru")).stream()
                .anyMatch(a -> a.title().equals("Посещение семьи")));
        service(ContactService.class, null).log(opened.id(), new ContactDraft(today, ContactParty.PARENTS, "Мать",
                ContactForm.PHONE, "Договорились о встрече", "Встреча в школе", today.plusDays(3)));

        PatronageCase read = cases.get(opened.id());
        assertEquals(List.of("Волкова Анна Игоревна"), read.curators());
        assertEquals("Девиантное поведение", service(PatronageSettingsService.class, null)
                .settings(Locale.forLanguageTag("ru")).categoryLabel("deviant"));
        assertTrue("the patronage's duties are offered to «Мои дела»",
                hasService(DutyProvider.class, "(component.name=org.opora.patronage.impl.internal.duty.PatronageDuties)"));
    }
}
