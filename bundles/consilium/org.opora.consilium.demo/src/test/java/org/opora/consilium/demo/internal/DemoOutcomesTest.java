package org.opora.consilium.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.core.demo.DemoTexts;

/** The demo texts give outcomes the protocol's rules accept, and every text the writer asks for exists. */
class DemoOutcomesTest {

    private static final Set<String> DECISIONS = Set.of("programme-open", "programme-change", "programme-extend",
            "programme-close", "recommendations", "refer-external", "review-again");
    private static final Set<String> SIGNS = Set.of("crisis-state", "destructive-behaviour", "crisis-risk",
            "destructive-risk", "suicidal-signs", "learning-difficulties", "adaptation-difficulties", "conflicts",
            "anxiety", "family-situation", "other");
    private static final LocalDate DAY = LocalDate.of(2026, 10, 21);

    private final DemoTexts texts = new DemoTexts(ConsiliumDemoLoader.class, ConsiliumDemoLoader.TEXTS);

    @Test
    void everyOutcomeCouldBeFinalised() {
        int count = texts.count("outcome", ".problems");
        assertTrue(count >= 5, "at least one outcome for every finalised demo pupil");
        DemoOutcomes outcomes = new DemoOutcomes(texts);
        for (int n = 0; n < count; n++) {
            Outcome o = outcomes.outcome(n, DAY, 4L);
            assertFalse(o.decisions().isEmpty());
            assertTrue(DECISIONS.containsAll(o.decisions()), o.decisions().toString());
            assertFalse(o.problems().isBlank() || o.goal().isBlank() || o.tasks().isBlank()
                    || o.resources().isBlank() || o.decisionText().isBlank());
            if (o.decisions().contains(Decisions.PROGRAMME_OPEN)) {
                assertEquals(4L, o.curatorId());
            } else {
                assertNull(o.curatorId());
            }
            if (o.decisions().contains(Decisions.REVIEW_AGAIN)) {
                assertTrue(o.reviewBy().isAfter(DAY));
            } else {
                assertNull(o.reviewBy());
            }
            assertEquals(o.decisions().contains(Decisions.REFER_EXTERNAL), !o.externalReferral().isBlank());
        }
    }

    @Test
    void theWriterFindsEveryText() {
        for (String key : List.of("time", "place", "parent.unknown", "note.socio-psychological-testing",
                "note.mental-health-monitoring", "note.planned-diagnostics", "referral.filed.description",
                "referral.confirmed.description", "referral.confirmed.findings")) {
            assertFalse(texts.text(key).isBlank(), key);
        }
        for (String family : List.of("presentation.psychologist", "presentation.social", "presentation.teacher")) {
            assertTrue(texts.count(family) >= 3, family);
        }
        assertTrue(texts.count("conclusion") >= 2);
        assertNotNull(texts.nth("conclusion", 7));
        assertTrue(SIGNS.containsAll(texts.codes("referral.filed.signs")));
        assertTrue(SIGNS.containsAll(texts.codes("referral.confirmed.signs")));
        assertFalse(texts.codes("referral.confirmed.signs").isEmpty());
    }
}
