package org.opora.patronage.impl.internal.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.ValidationException;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/** The direction of work (000 §3) of a work-plan row, and the rows as the service's work by direction. */
class WorkDirectionsTest extends PatronageServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static WorkItemDraft row(String activity, HelpKind help, String direction) {
        return new WorkItemDraft(activity, "Talk", today(), null, null, help, direction, "Calmer");
    }

    private WorkItemDraft row(String activity, HelpKind help, String direction, long responsible) {
        return new WorkItemDraft(activity, "Talk", today(), null, responsible, help, direction, "Calmer");
    }

    private WorkItemActivities source() {
        return new WorkItemActivities(gate, new MessagesTranslator());
    }

    private static ActivityQuery year() {
        return ActivityQuery.of(AcademicYear.containing(today()));
    }

    @Test
    void theKindOfHelpGivesTheDirectionUnlessAnotherIsChosen() {
        assertEquals("prevention", HelpKind.PSYCHOLOGICAL_PEDAGOGICAL.defaultDirection());
        assertEquals("social-protection", HelpKind.SOCIAL.defaultDirection());
        assertEquals("counselling", HelpKind.MEDICAL.defaultDirection());
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItem proposed = plan.add(c.id(), row("Home visit", HelpKind.SOCIAL, "", teacher.id()));
        WorkItem chosen = plan.add(c.id(), row("Talk on health", HelpKind.MEDICAL, " education ", teacher.id()));
        assertEquals("social-protection", proposed.direction());
        assertEquals("education", chosen.direction(), "the chosen code, stripped");
        WorkItem corrected = plan.update(chosen.id(), chosen.version(),
                row("Talk on health", HelpKind.MEDICAL, "prevention", teacher.id()));
        assertEquals("prevention", corrected.direction());
        assertEquals(List.of("social-protection", "prevention"),
                plan.plan(c.id()).stream().map(WorkItem::direction).toList());
        assertEquals("", new WorkItemDraft("a", "b", today(), null, 1L, HelpKind.SOCIAL, "c").direction(),
                "the draft of 1.0 leaves the direction to the kind of help");
    }

    @Test
    void anUnknownDirectionIsRefusedOnItsFieldAndNothingIsStored() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        ValidationException e = refused("core.error.direction.unknown",
                () -> plan.add(c.id(), row("Talk", HelpKind.SOCIAL, "astrology", teacher.id())));
        assertEquals("direction", e.field());
        assertEquals(0, UNIT.rows("WORK_ITEM"));
        assertEquals("", row("x", HelpKind.SOCIAL, null).direction(), "no direction given is empty, not null");
    }

    @Test
    void theRowsAreListedByDirectionToWhomMayReadTheCase() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        plan.add(c.id(), row("Home visit", HelpKind.SOCIAL, "", teacher.id()));
        plan.add(c.id(), row("Talk", HelpKind.PSYCHOLOGICAL_PEDAGOGICAL, "", psychologist.id()));

        List<Activity> all = source().activities(year(), RU);
        assertEquals(2, all.size(), all::toString);
        Activity visit = all.stream().filter(a -> a.title().equals("Home visit")).findFirst().orElseThrow();
        assertEquals(new Activity(today(), "social-protection", "Мероприятие плана индивидуального патроната",
                "Home visit", "Ivanov Ivan", teacher.name().full(), "patronage/case/" + c.id()), visit);
        assertEquals(List.of("Talk"), source().activities(year().withDirection("prevention"), RU).stream()
                .map(Activity::title).toList());
        assertTrue(source().activities(year().withDirection("diagnostics"), RU).isEmpty());

        signIn("orlova", PatronagePermissions.ACCESS);
        assertTrue(source().activities(year(), RU).isEmpty(), "not of the case: nothing of it");
        signIn("nobody");
        assertTrue(source().activities(year(), RU).isEmpty(), "without patronage.access: nothing, no exception");
    }
}
