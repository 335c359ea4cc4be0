package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.programmes.api.ProgrammeState;

/** Every message a rule can produce exists in Russian and English, cites its clause and formats cleanly. */
class MessagesTest {

    private static final Class<?>[] RULES = { VariantRule.class, DurationRule.class, CuratorRule.class,
        DescriptivePartRule.class, ConsentRule.class, TasksHaveActivitiesRule.class, ActivityPeriodRule.class, Lifecycle.class,
        ChangeAfterApprovalRule.class, PlanEligibilityRule.class, ParentsInformedRule.class,
        CoordinatorAgreementRule.class, ApprovalDeadlineRule.class, WeeklyLoadRule.class, PlanObligationRule.class,
        AcquaintanceRule.class, CoordinatorOrderRule.class, PlanCarryingOutRule.class, ConsultationRule.class };

    /** "IPS" (the programme), "Polozhenie" (the regulation 001), escaped: no Cyrillic in Java sources. */
    private static final String PROGRAMME_RU = "\u0418\u041f\u0421";
    private static final String REGULATION_RU = "\u041f\u043e\u043b\u043e\u0436\u0435\u043d\u0438\u0435";
    /** "ne menee 6 mes." and the section "Sroki realizatsii IPS". */
    private static final String AT_LEAST_SIX_RU = "\u043d\u0435 \u043c\u0435\u043d\u0435\u0435 6 \u043c\u0435\u0441.";
    private static final String DURATION_SECTION_RU = "\u00ab\u0421\u0440\u043e\u043a\u0438 \u0440\u0435\u0430\u043b\u0438\u0437\u0430\u0446\u0438\u0438 \u0418\u041f\u0421\u00bb";

    private final MessagesTranslator messages = new MessagesTranslator();

    @Test
    void everyKeyUsedByTheRulesIsInBothFiles() throws IllegalAccessException {
        Set<String> used = usedKeys();
        assertTrue(used.size() >= 30, used.toString());
        for (String key : used) {
            assertTrue(messages.knows(key), key);
        }
    }

    @Test
    void noRuleMessageIsLeftOver() throws IllegalAccessException {
        Set<String> used = usedKeys();
        for (Properties p : new Properties[] { messages.russian(), messages.english() }) {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("programmes.rule.")) {
                    assertTrue(used.contains(key), "not used by any rule: " + key);
                }
            }
        }
        assertEquals(messages.russian().stringPropertyNames(), messages.english().stringPropertyNames());
    }

    @Test
    void everyRuleMessageCitesItsClause() throws IllegalAccessException {
        for (String key : usedKeys()) {
            String ru = messages.russian().getProperty(key);
            String en = messages.english().getProperty(key);
            assertTrue(ru.endsWith(").") && (ru.contains(PROGRAMME_RU) || ru.contains(REGULATION_RU)), key + ": " + ru);
            assertTrue(en.endsWith(").") && (en.contains("Guidelines") || en.contains("Regulation")
                    || en.contains("programme form")), key + ": " + en);
        }
    }

    @Test
    void messagesWithParametersKeepTheirApostrophes() {
        for (Properties p : new Properties[] { messages.russian(), messages.english() }) {
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.contains("{0}")) {
                    String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] { "A", "B", "C" });
                    assertFalse(formatted.contains("{"), key);
                    assertEquals(text.replace("''", "'").chars().filter(c -> c == '\'').count(),
                            formatted.chars().filter(c -> c == '\'').count(), key);
                }
            }
        }
    }

    @Test
    void everyStateAndKindHasALabel() {
        for (ProgrammeState s : ProgrammeState.values()) {
            assertTrue(messages.knows(s.labelKey()), s.labelKey());
        }
    }

    @Test
    void theDurationMessagesSayTheMonths() {
        Locale ru = Locale.forLanguageTag("ru");
        assertTrue(messages.translate(DurationRule.HIGH_RISK, ru, 6).contains(AT_LEAST_SIX_RU));
        assertTrue(messages.translate(DurationRule.HIGH_RISK, Locale.ENGLISH, 6).contains("at least 6 months"));
        assertTrue(messages.translate(DurationRule.MIN, ru, 3).contains(DURATION_SECTION_RU));
    }

    static Set<String> usedKeys() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Class<?> rule : RULES) {
            for (Field f : rule.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    f.setAccessible(true);
                    String value = (String) f.get(null);
                    if (value.startsWith("programmes.rule.")) {
                        keys.add(value);
                    }
                }
            }
        }
        return keys;
    }
}
