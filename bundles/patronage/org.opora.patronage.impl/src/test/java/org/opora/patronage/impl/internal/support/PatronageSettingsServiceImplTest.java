package org.opora.patronage.impl.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.patronage.api.PatronageSettings;

class PatronageSettingsServiceImplTest extends PatronageServiceTestSupport {

    @Test
    void theDefaultsAreTheRegulations() {
        PatronageSettings s = settings.settings(Locale.ENGLISH);
        assertEquals(List.of("deviant", "failing", "at-risk"), s.categories().stream().map(ListItem::code).toList());
        assertEquals("DEVIANT", s.categoryLabel("deviant"), "labelled as the core labels its statuses");
        assertEquals("gifted", s.categoryLabel("gifted"));
        assertEquals(Set.of("deviant", "failing"), s.mandatory());
        assertEquals("social-pedagogue", s.coordinatorType());
        assertEquals(List.of("psychologist", "inspector", "medical", "social-pedagogue"),
                s.specialistTypes().stream().map(ListItem::code).toList());
        assertEquals(0, s.contactIntervalDays());
        assertTrue(s.orderRequired());
    }

    @Test
    void aSchoolsVariantIsNormalisedAndAppliesAtOnce() {
        wire(Map.of("categories", new String[] {" At-Risk ", "", "deviant", "deviant"}, "coordinatorType",
                " Psychologist", "contactIntervalDays", -5, "orderRequired", false));
        PatronageSettings s = settings.settings(Locale.ENGLISH);
        assertEquals(List.of("at-risk", "deviant"), s.categories().stream().map(ListItem::code).toList());
        assertEquals("psychologist", s.coordinatorType());
        assertEquals(0, s.contactIntervalDays());
        assertFalse(s.orderRequired());
        asCoordinator();
        assertFalse(cases.mandatoryWithoutCase().size() > 0);
        signIn("belova", SPECIALIST);
        assertTrue(gate.keeps(people.who()), "the configured type coordinates");
    }
}
