package org.opora.patronage.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class MandatoryCategoryRuleTest {

    private final MandatoryCategoryRule rule = new MandatoryCategoryRule(List.of("deviant", "failing", "at-risk"),
            List.of("deviant", "failing"));

    @Test
    void deviantAndFailingPupilsNeedACaseTheAtRiskGroupMayHaveOne() {
        assertEquals(Optional.of("deviant"), rule.missingCase(Set.of("deviant"), false));
        assertEquals(Optional.of("failing"), rule.missingCase(Set.of("failing", "ovz"), false));
        assertEquals(Optional.empty(), rule.missingCase(Set.of("at-risk"), false));
        assertEquals(Optional.empty(), rule.missingCase(Set.of(), false));
        assertTrue(rule.isMandatory("deviant"));
        assertFalse(rule.isMandatory("at-risk"));
    }

    @Test
    void aPupilWithAnOpenCaseNeedsNoOther() {
        assertEquals(Optional.empty(), rule.missingCase(Set.of("deviant", "failing"), true));
    }

    @Test
    void theFirstMandatoryCategoryInTheConfiguredOrderIsNamed() {
        assertEquals(Optional.of("deviant"), rule.missingCase(Set.of("failing", "deviant"), false));
    }

    @Test
    void aCaseTakesAConfiguredCategoryOnly() {
        assertEquals("at-risk", rule.requireKnown("category", "at-risk"));
        assertEquals("patronage.rule.unknownCategory",
                assertThrows(ValidationException.class, () -> rule.requireKnown("category", "gifted")).messageKey());
        assertEquals("core.error.required",
                assertThrows(ValidationException.class, () -> rule.requireKnown("category", " ")).messageKey());
    }

    @Test
    void aSchoolWithoutMandatoryCategoriesHasNoSuchDuty() {
        MandatoryCategoryRule none = new MandatoryCategoryRule(List.of("at-risk"), List.of());
        assertEquals(Optional.empty(), none.missingCase(Set.of("deviant"), false));
    }
}
