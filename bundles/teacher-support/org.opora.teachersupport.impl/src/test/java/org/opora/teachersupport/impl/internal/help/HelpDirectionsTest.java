package org.opora.teachersupport.impl.internal.help;

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
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.help.HelpDirections;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/** The direction of work (000 §3) of the help given to a teacher, and the help as the service's work by direction. */
class HelpDirectionsTest extends TeacherSupportTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private HelpDraft consultation(String topic, String direction) {
        return new HelpDraft("consultation", today().minusDays(3), psychologist.id(), "", topic, "", "", null, "",
                direction);
    }

    private HelpActivities source() {
        return new HelpActivities(gate, new MessagesTranslator());
    }

    private static ActivityQuery year() {
        return ActivityQuery.of(AcademicYear.containing(today().minusDays(3)));
    }

    @Test
    void theFormOfHelpGivesTheDirection() {
        assertEquals("counselling", HelpDirections.byForm("consultation"));
        assertEquals("counselling", HelpDirections.byForm("free-microphone"));
        assertEquals("diagnostics", HelpDirections.byForm("questionnaire"));
        assertEquals("methodology", HelpDirections.byForm("lesson-visit"));
        assertEquals("methodology", HelpDirections.byForm("a-schools-own-form"));
        assertEquals("methodology", HelpDirections.byForm(null));
    }

    @Test
    void theDirectionIsProposedByTheFormOrChosenAndAnUnknownOneIsRefusedOnItsField() {
        SupportRecord r = openRecord();
        asLead();
        HelpEntry proposed = help.record(r.id(), consultation("Discipline", ""));
        HelpEntry chosen = help.record(r.id(), consultation("Parents' meeting", "education"));
        assertEquals("counselling", proposed.direction());
        assertEquals("education", chosen.direction());
        HelpEntry corrected = help.update(chosen.id(), chosen.version(), consultation("Parents' meeting",
                "prevention"));
        assertEquals("prevention", corrected.direction());
        ValidationException e = refused("core.error.direction.unknown",
                () -> help.record(r.id(), consultation("Horoscope", "astrology")));
        assertEquals("direction", e.field());
        assertEquals(2, help.help(r.id()).size(), "nothing of the refused help is stored");
        assertEquals("", new HelpDraft("consultation", today(), null, "x", "t", "", "", null, "").direction(),
                "the draft of 1.0 leaves the direction to the form");
    }

    @Test
    void theHelpIsListedByDirectionToWhomMayReadTheRecord() {
        SupportRecord r = openRecord();
        asLead();
        help.record(r.id(), consultation("Discipline", ""));
        help.record(r.id(), consultation("Parents' meeting", "education"));

        List<Activity> all = source().activities(year(), RU);
        assertEquals(2, all.size(), all::toString);
        Activity discipline = all.stream().filter(a -> a.title().equals("Discipline")).findFirst().orElseThrow();
        assertEquals("counselling", discipline.direction());
        assertTrue(discipline.kind().startsWith("Помощь педагогу: "), discipline::kind);
        assertEquals(teacher.name().full(), discipline.person());
        assertEquals(psychologist.name().full(), discipline.who());
        assertEquals("teacher-support/record/" + r.id(), discipline.route());
        assertEquals(List.of("Parents' meeting"), source().activities(year().withDirection("education"), RU)
                .stream().map(Activity::title).toList());

        signIn("sokolova", TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK);
        assertTrue(source().activities(year(), RU).isEmpty(), "not of the record: nothing of it");
        signIn("nobody");
        assertTrue(source().activities(year(), RU).isEmpty(), "without teachersupport.access: nothing");
    }
}
