package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;

class DocumentRulesTest {

    private final DocumentRules rules = DocumentRules.of(new String[] { "examination" },
            new String[] { "annual-plan = 5", "examination=5", "report = permanent", "bad line", "schedule = x" });

    @Test
    void theRetentionPeriodCountsFromTheEndOfTheDocumentsAcademicYear() {
        AcademicYear y = new AcademicYear(2018);
        assertEquals(LocalDate.of(2024, 8, 31), rules.keptUntil("annual-plan", y));
        assertFalse(rules.due("annual-plan", y, LocalDate.of(2024, 8, 31)), "kept to the last day");
        assertTrue(rules.due("annual-plan", y, LocalDate.of(2024, 9, 1)));
    }

    @Test
    void permanentUnlistedAndMalformedTypesAreNeverDue() {
        LocalDate far = LocalDate.of(2100, 1, 1);
        assertNull(rules.keptUntil("report", new AcademicYear(2000)));
        assertFalse(rules.due("report", new AcademicYear(2000), far));
        assertFalse(rules.due("other", new AcademicYear(2000), far), "a type not listed is kept permanently");
        assertFalse(rules.due("schedule", new AcademicYear(2000), far), "a malformed line gives no period");
    }

    @Test
    void examinationMaterialsAndDocumentsAboutAPupilAreRestricted() {
        assertTrue(rules.confidential("examination"));
        assertTrue(rules.restricted("examination", null));
        assertTrue(rules.restricted("annual-plan", 7L), "a document about a pupil");
        assertFalse(rules.restricted("annual-plan", null));
    }

    @Test
    void theSettingCheckRefusesMalformedAndRepeatedLines() {
        assertTrue(DocumentRules.checkRetention(List.of("annual-plan = 5", "report = permanent")).isEmpty());
        assertEquals("core.settings.documentRetention.format",
                DocumentRules.checkRetention(List.of("annual-plan: 5")).orElseThrow().reasonKey());
        assertEquals("core.settings.repeated",
                DocumentRules.checkRetention(List.of("report = 1", "report = 2")).orElseThrow().reasonKey());
    }
}
