package org.opora.teachersupport.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opora.core.api.PersonName;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.staff.StaffMember;
import org.opora.teachersupport.api.help.CompetitionLevel;
import org.opora.teachersupport.api.help.HelpDraft;

/** The lead, the days, the forms of help and the evidence files, each at its boundaries. */
class SmallRulesTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 1, 15);

    private static StaffMember staff(long id, String... types) {
        return new StaffMember(id, new PersonName("S", "A", "B"), "", List.of(types), "", "", "", true, 1);
    }

    private static String refused(Executable call) {
        return assertThrows(ValidationException.class, call).messageKey();
    }

    @Test
    void theLeadIsOfALeadTypeAndNeverTheTeacher() {
        LeadRule rule = new LeadRule(List.of("deputy-director", "methodologist", "mentor"));
        rule.check(1, staff(2, "subject-teacher", "mentor"), List.of(3L));
        assertEquals("teachersupport.rule.leadType", refused(() -> rule.check(1, staff(2, "psychologist"), List.of())));
        assertEquals("teachersupport.rule.leadIsTeacher", refused(() -> rule.check(2, staff(2, "mentor"), List.of())));
        assertEquals("teachersupport.rule.participantIsTeacher",
                refused(() -> rule.check(1, staff(2, "mentor"), List.of(3L, 1L))));
        new LeadRule(List.of()).check(1, staff(2, "psychologist"), List.of());
    }

    @Test
    void whatHappenedHappenedOnOrAfterTheDecisionAndNotInTheFuture() {
        LocalDate today = DECIDED.plusDays(30);
        assertEquals(DECIDED, DayRule.happened("date", DECIDED, DECIDED, today));
        assertEquals(today, DayRule.happened("date", today, DECIDED, today));
        assertEquals("teachersupport.rule.beforeDecision",
                refused(() -> DayRule.happened("date", DECIDED.minusDays(1), DECIDED, today)));
        assertEquals("core.error.future", refused(() -> DayRule.happened("date", today.plusDays(1), DECIDED, today)));
        assertEquals("core.error.required", refused(() -> DayRule.happened("date", null, DECIDED, today)));
    }

    @Test
    void theRouteStartsAfterTheDecisionAndItsCheckpointsAreWithinIt() {
        DayRule.route(DECIDED, DECIDED, DECIDED, DECIDED);
        assertEquals("teachersupport.rule.beforeDecision",
                refused(() -> DayRule.route(DECIDED.minusDays(1), DECIDED.plusDays(9), DECIDED, DECIDED)));
        assertEquals("teachersupport.rule.routeEnd",
                refused(() -> DayRule.route(DECIDED.plusDays(2), DECIDED.plusDays(1), DECIDED, DECIDED)));
        assertEquals("core.error.date.range",
                refused(() -> DayRule.route(DECIDED, LocalDate.of(2999, 1, 1), DECIDED, DECIDED)));
        LocalDate to = DECIDED.plusDays(90);
        DayRule.dueWithinRoute(DECIDED, DECIDED, to);
        DayRule.dueWithinRoute(to, DECIDED, to);
        assertEquals("teachersupport.rule.dueOutsideRoute",
                refused(() -> DayRule.dueWithinRoute(to.plusDays(1), DECIDED, to)));
        assertEquals("teachersupport.rule.dueOutsideRoute",
                refused(() -> DayRule.dueWithinRoute(DECIDED.minusDays(1), DECIDED, to)));
    }

    @Test
    void aLessonVisitComesWithItsAnalysisAndACompetitionWithItsLevel() {
        HelpFormRule.check(help("lesson-visit", "Objectives set, pace too fast", null));
        assertEquals("teachersupport.rule.analysisRequired", refused(() -> HelpFormRule.check(help("lesson-visit",
                "", null))));
        HelpFormRule.check(help("competition", "", CompetitionLevel.CITY));
        assertEquals("teachersupport.rule.levelRequired",
                refused(() -> HelpFormRule.check(help("competition", "", null))));
        HelpFormRule.check(help("consultation", "", null));
    }

    private static HelpDraft help(String form, String content, CompetitionLevel level) {
        return new HelpDraft(form, DECIDED, 1L, "", "Topic", content, "", level, "");
    }

    @Test
    void anEvidenceFileIsNotEmptyAndNotLargerThanTheLimit() {
        EvidenceFileRule rule = new EvidenceFileRule(1);
        rule.check(null);
        rule.check(new Attachment("a.pdf", "application/pdf", new byte[1024]));
        assertEquals("teachersupport.rule.fileTooLarge",
                refused(() -> rule.check(new Attachment("a.pdf", "application/pdf", new byte[1025]))));
        assertEquals("teachersupport.rule.fileEmpty",
                refused(() -> rule.check(new Attachment("a.pdf", "application/pdf", new byte[0]))));
        assertEquals("teachersupport.rule.fileEmpty",
                refused(() -> rule.check(new Attachment(" ", "application/pdf", new byte[3]))));
    }
}
