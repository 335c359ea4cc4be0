package org.opora.patronage.impl.internal.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;

/** "My duties" of the patronage, built for each user as the home page builds them (signed in as that user). */
class PatronageDutiesTest extends PatronageServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private List<Duty> dutiesOf(String username, String... permissions) {
        signIn(username, permissions);
        OporaUser user = security.currentUser().orElseThrow();
        return duties.dutiesOf(user, RU);
    }

    @Test
    void theCoordinatorIsToldOfAMandatoryPupilWithoutACase() {
        core.setFlag(pupil, "deviant");
        List<Duty> mine = dutiesOf("orlova", SPECIALIST);
        assertEquals(1, mine.size());
        assertEquals("Патронат обязателен: открыть патронат (Положение о патронате, п. 1.3)", mine.get(0).title());
        assertEquals("Ivanov Ivan, 5A класс", mine.get(0).detail());
        assertEquals("patronage/cases", mine.get(0).route());
        cases.open(new CaseDraft(pupil.id(), "deviant", "Truancy", today()));
        assertEquals(List.of(), dutiesOf("orlova", SPECIALIST));
    }

    @Test
    void theDirectorIsToldOfACaseWithoutACurator() {
        PatronageCase c = openCase();
        List<Duty> mine = dutiesOf("khudyakov", DIRECTOR);
        assertEquals(List.of("patronage/case/" + c.id()), mine.stream().map(Duty::route).toList());
        assertEquals("Патронат без куратора: закрепить куратора приказом", mine.get(0).title());
    }

    @Test
    void theResponsibleAndTheCuratorAreToldOfAnOverdueRowAndTheCuratorOfANextStep() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        plan.add(c.id(), new WorkItemDraft("Home visit", "Visit", today().minusDays(5), today().minusDays(1),
                teacher.id(), HelpKind.SOCIAL, "Living conditions known"));
        contacts.log(c.id(), new ContactDraft(today().minusDays(2), ContactParty.PARENTS, "Mother", ContactForm.PHONE,
                "Agreed a meeting", "Meeting at school", today()));
        List<Duty> teachers = dutiesOf("smirnova", CLASS_TEACHER);
        assertEquals(List.of("Патронат: просрочено мероприятие «Home visit» (срок " + day(1) + ")"),
                teachers.stream().map(Duty::title).toList());
        assertEquals("Ivanov Ivan", teachers.get(0).detail());
        List<Duty> curators = dutiesOf("belova", SPECIALIST);
        assertEquals(2, curators.size());
        assertEquals("Патронат: следующий шаг «Meeting at school» (срок " + day(0) + ")", curators.get(1).title());
    }

    @Test
    void theCuratorIsToldOfAReportDueUntilItIsSubmitted() {
        wire(Map.of("reportIntervalDays", 7));
        PatronageCase c = curatedCase();
        List<Duty> mine = dutiesOf("belova", SPECIALIST);
        String title = new MessagesTranslator().translate("patronage.duty.reportDue", RU, day(0));
        assertTrue(title.contains(day(0)) && title.contains("3.3"), title);
        assertEquals(List.of(title), mine.stream().map(Duty::title).toList());
        assertEquals("patronage/case/" + c.id(), mine.get(0).route());
        assertEquals(today(), mine.get(0).due());
        reports.submit(c.id(), new ReportDraft(order.date(), today(), "Talks", "Calmer", "", ""));
        assertEquals(List.of(), dutiesOf("belova", SPECIALIST));
        assertEquals(List.of(), dutiesOf("smirnova", CLASS_TEACHER));
    }

    @Test
    void nobodyWithoutThePatronageHasItsDuties() {
        core.setFlag(pupil, "deviant");
        assertEquals(List.of(), dutiesOf("orlova"));
    }

    private static String day(int daysAgo) {
        return org.opora.core.support.FieldChecks.day(today().minusDays(daysAgo));
    }
}
