package org.opora.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;

class SettingCodesTest {

    private static final ReferenceLists CORE = (list, locale) -> list == ReferenceList.BODIES
            ? List.of(new ListItem("consilium", "ППк"), new ListItem("mediation", "Медиация")) : List.of();

    @Test
    void theAttributeOfACoreListIsItsPropertyName() {
        assertEquals("pupilFlags", SettingCodes.attribute(ReferenceList.PUPIL_FLAGS));
        assertEquals("specialistTypes", SettingCodes.attribute(ReferenceList.SPECIALIST_TYPES));
        assertEquals("bodies", SettingCodes.attribute(ReferenceList.BODIES));
    }

    @Test
    void aCodeNotInTheCoresListOrGivenTwiceIsRefusedWithItsLine() {
        assertTrue(SettingCodes.inCoreList(List.of("consilium", " Mediation "), ReferenceList.BODIES, CORE).isEmpty());
        SettingProblem unknown = SettingCodes.inCoreList(List.of("consilium", "konsilium"), ReferenceList.BODIES, CORE)
                .orElseThrow();
        assertEquals("konsilium", unknown.value());
        assertEquals("core.settings.unknown.bodies", unknown.reasonKey());
        assertEquals(List.of("konsilium"), unknown.params());
        assertEquals("core.settings.repeated", SettingCodes.inCoreList(List.of("consilium", "CONSILIUM"),
                ReferenceList.BODIES, CORE).orElseThrow().reasonKey());
    }

    @Test
    void aPartOutsideTheWholeIsRefusedOnThePart() {
        Map<String, List<String>> values = Map.of("all", List.of("a", "b"), "some", List.of("b", "c"));
        SettingProblem p = SettingCodes.subset(values, "some", "all", "test.notInAll").orElseThrow();
        assertEquals("c", p.value());
        assertTrue(SettingCodes.subset(Map.of("all", List.of("a"), "some", List.of("A")), "some", "all", "k")
                .isEmpty());
    }

    @Test
    void aMinimumAboveTheMaximumIsRefusedNamingBoth() {
        SettingProblem p = SettingCodes.notAbove(Map.of("min", List.of("12"), "max", List.of("10")), "min", "max",
                "test.minAboveMax").orElseThrow();
        assertEquals("12", p.value());
        assertEquals(List.of(12L, 10L), p.params());
        assertTrue(SettingCodes.notAbove(Map.of("min", List.of("10"), "max", List.of("10")), "min", "max", "k")
                .isEmpty());
        assertTrue(SettingCodes.notAbove(Map.of("min", List.of("x"), "max", List.of("10")), "min", "max", "k")
                .isEmpty());
        assertTrue(SettingCodes.notAbove(Map.of("max", List.of("10")), "min", "max", "k").isEmpty());
    }

    @Test
    void theCodesASettingUsesPointAtTheCoresList() {
        assertEquals(List.of(new CodeUse("org.opora.core.lists", "specialistTypes", "psychologist", "requiredTypes")),
                SettingCodes.uses(ReferenceList.SPECIALIST_TYPES, "requiredTypes",
                        List.of("psychologist", " Psychologist", "")));
    }

    @Test
    void aBuiltInLabelComesFromTheTranslatorWhenItKnowsTheKey() {
        assertEquals("Psychologist", SettingCodes.label((k, l, p) -> "k.psy".equals(k) ? "Psychologist" : k, "k.psy",
                Locale.ENGLISH).orElseThrow());
        assertTrue(SettingCodes.label((k, l, p) -> k, "k.other", Locale.ENGLISH).isEmpty());
        assertTrue(SettingCodes.label(null, "k.psy", Locale.ENGLISH).isEmpty());
    }
}
