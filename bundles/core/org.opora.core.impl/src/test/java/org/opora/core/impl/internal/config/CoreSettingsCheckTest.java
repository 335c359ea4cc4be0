package org.opora.core.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.settings.SettingProblem;

/** The core's settings checked together, and its lists edited as rows labelled from the core's messages. */
class CoreSettingsCheckTest {

    @Test
    void theYoungestAgeIsNotAboveTheOldest() {
        CoreSettingsCheck check = new CoreSettingsCheck();
        assertTrue(check.checkTogether(Map.of("minPupilAge", List.of("5"), "maxPupilAge", List.of("21"))).isEmpty());
        SettingProblem p = check.checkTogether(Map.of("minPupilAge", List.of("10"), "maxPupilAge", List.of("9")))
                .get("minPupilAge");
        assertEquals("10", p.value());
        assertEquals("core.settings.minAboveMax", p.reasonKey());
        assertEquals(List.of(10L, 9L), p.params());
    }

    @Test
    void everyReferenceListIsACodedListLabelledFromTheMessages() {
        CoreListsSettingsCheck check = new CoreListsSettingsCheck();
        assertEquals(8, check.codedLists().size());
        assertTrue(check.codedLists().contains("specialistTypes"));
        check.translator = (key, locale, params) -> "core.list.pupil-flags.ovz".equals(key) ? "Children with SEN"
                : key;
        assertEquals("Children with SEN", check.builtInLabel("pupilFlags", "ovz", Locale.ENGLISH).orElseThrow());
        assertTrue(check.builtInLabel("pupilFlags", "orphan", Locale.ENGLISH).isEmpty());
        assertTrue(check.builtInLabel("fileTypes", "pdf", Locale.ENGLISH).isEmpty());
    }
}
