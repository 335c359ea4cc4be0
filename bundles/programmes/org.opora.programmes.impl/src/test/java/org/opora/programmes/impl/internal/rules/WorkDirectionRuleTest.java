package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WorkDirectionRuleTest {

    @Test
    void rowsAddressingParentsOrStaffAreCounselling() {
        assertEquals("counselling", WorkDirectionRule.derive("parents", "psychological"));
        assertEquals("counselling", WorkDirectionRule.derive("staff", "social"));
    }

    @Test
    void theDirectionOfHelpNamesSocialProtectionOrPrevention() {
        assertEquals("social-protection", WorkDirectionRule.derive("pupil", "social"));
        assertEquals("prevention", WorkDirectionRule.derive("pupil", "medical"));
    }

    @Test
    void otherWorkWithThePupilIsCorrectional() {
        assertEquals("correction", WorkDirectionRule.derive("pupil", "psychological"));
        assertEquals("correction", WorkDirectionRule.derive("pupil", ""));
    }
}
