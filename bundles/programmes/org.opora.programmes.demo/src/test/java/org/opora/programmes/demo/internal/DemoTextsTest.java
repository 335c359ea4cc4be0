package org.opora.programmes.demo.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.demo.DemoTexts;
import org.opora.platform.testing.TypedConfig;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.demo.internal.DemoPlan.DemoProgramme;
import org.opora.programmes.demo.internal.DemoPlan.DemoRow;
import org.opora.programmes.impl.internal.config.ListsConfig;

/** Every text the writers ask for exists, and its codes are those of the default lists. */
class DemoTextsTest {

    private static final ListsConfig LISTS = TypedConfig.defaults(ListsConfig.class);

    private final DemoTexts texts = new DemoTexts(ProgrammesDemoLoader.class, ProgrammesDemoLoader.TEXTS);

    @Test
    void everyProgrammeHasItsTextsAndCodes() {
        DemoPlan plan = new DemoPlanner().plan(59, LocalDate.of(2026, 11, 20), DemoSchool.school(),
                DemoSchool.rules(Map.of()));
        for (DemoProgramme p : plan.programmes()) {
            String key = "programme." + p.scenario().key + ".";
            for (String field : List.of("protocol", "grounds", "diagnostics", "goal", "participants", "internal",
                    "external", "expected", "criteria")) {
                assertFalse(texts.text(key + field).isBlank(), key + field);
            }
            assertTrue(Set.of(LISTS.riskCategories()).contains(p.risk()));
            assertTrue(Set.of(LISTS.helpDirections()).containsAll(texts.codes(key + "directions")), key);
            int tasks = texts.count(key + "task");
            for (DemoRow r : p.rows()) {
                String rk = key + "row." + r.number() + ".";
                assertTrue(r.task() <= tasks, rk);
                for (String field : List.of("activity", "form", "participants", "planned")) {
                    assertFalse(texts.text(rk + field).isBlank(), rk + field);
                }
                assertTrue(Set.of(LISTS.activityTargets()).contains(texts.text(rk + "target")), rk);
                assertTrue(Set.of(LISTS.helpDirections()).contains(texts.text(rk + "direction")), rk);
                if (r.doneOn() != null) {
                    assertFalse(texts.text(rk + "actual").isBlank(), rk);
                }
            }
            for (int i = 1; i <= p.observations().size(); i++) {
                assertFalse(texts.text(key + "observation." + i).isBlank());
            }
            if (p.milestones().closed() != null) {
                assertFalse(texts.text(key + "decision").isBlank() || texts.text(key + "result").isBlank());
            }
        }
        assertFalse(texts.text("parent.unknown").isBlank());
    }

    @Test
    void theParentsChoicesFitTheRoomTheCurriculumLeaves() {
        for (String basis : List.of("ovz", "disabled", "special-needs", "gifted")) {
            List<PlanChoice> choices = DemoPlanWriter.choices(texts, basis);
            assertTrue(choices.size() >= 2, basis);
            assertTrue(Set.of(LISTS.planChoiceKinds()).containsAll(choices.stream().map(PlanChoice::kind).toList()));
            assertTrue(choices.stream().mapToInt(PlanChoice::weeklyHours).sum() <= DemoPlanner.ROOM_FOR_CHOICES);
        }
        assertTrue(texts.text("order.subject").contains("{0}"));
        assertFalse(texts.text("order.title").isBlank() || texts.text("order.suffix").isBlank());
    }
}
