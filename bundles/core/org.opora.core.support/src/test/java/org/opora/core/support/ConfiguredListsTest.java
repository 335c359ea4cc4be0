package org.opora.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.platform.api.i18n.Translator;

class ConfiguredListsTest {

    private enum Lists { SIGNS, FORMS }

    private static final Locale RU = Locale.forLanguageTag("ru");

    /** The bundle knows the built-in code "speech" in both languages, nothing else. */
    private static final Translator BUNDLE = (key, locale, params) -> switch (key) {
        case "test.signs.speech" -> "en".equals(locale.getLanguage()) ? "Speech difficulties" : "speech-ru";
        default -> key;
    };

    private final ConfiguredLists<Lists> lists = new ConfiguredLists<>(
            Map.of(Lists.SIGNS, ListItem.parseAll(new String[] { "speech", "reading = Reading (school's own)",
                "custom" }, (entry, reason) -> {
                    throw new AssertionError(reason);
                })),
            (list, code) -> "test." + list.name().toLowerCase(Locale.ROOT) + "." + code);

    @Test
    void builtInCodesAreLabelledFromTheBundleInTheUsersLanguage() {
        assertEquals("speech-ru", lists.label(Lists.SIGNS, "speech", RU, BUNDLE));
        assertEquals("Speech difficulties", lists.label(Lists.SIGNS, "speech", Locale.ENGLISH, BUNDLE));
    }

    @Test
    void theSchoolsOwnLabelWinsInRussianAndStandsInForUnknownKeysInEnglish() {
        assertEquals("Reading (school's own)", lists.label(Lists.SIGNS, "reading", RU, BUNDLE));
        assertEquals("Reading (school's own)", lists.label(Lists.SIGNS, "reading", Locale.ENGLISH, BUNDLE));
        assertEquals("custom", lists.label(Lists.SIGNS, "custom", Locale.ENGLISH, BUNDLE));
    }

    @Test
    void aCodeNoLongerConfiguredShowsAsItself() {
        assertEquals("dyslexia", lists.label(Lists.SIGNS, "dyslexia", RU, BUNDLE));
        assertFalse(lists.contains(Lists.SIGNS, "dyslexia"));
        assertTrue(lists.contains(Lists.SIGNS, "reading"));
    }

    @Test
    void itemsKeepTheConfiguredOrderAndWorkWithoutATranslator() {
        assertEquals(List.of(new ListItem("speech", "speech-ru"), new ListItem("reading", "Reading (school's own)"),
                new ListItem("custom", "custom")), lists.items(Lists.SIGNS, RU, BUNDLE));
        assertEquals(List.of("speech", "Reading (school's own)", "custom"),
                lists.items(Lists.SIGNS, null, null).stream().map(ListItem::label).toList());
        assertEquals(List.of(), lists.items(Lists.FORMS, RU, BUNDLE), "a list without entries is empty");
        assertEquals(3, lists.entries(Lists.SIGNS).size());
    }

    @Test
    void anEnglishLabelTheSchoolWroteIsShownInEnglishAndOldFormatsStillRead() {
        String[] entries = {"speech", "mediation = Служба медиации | Mediation service", "reading = Чтение", "custom"};
        ConfiguredLists<Lists> both = ConfiguredLists.of(Map.of(Lists.SIGNS, entries),
                (list, code) -> "test." + list.name().toLowerCase(Locale.ROOT) + "." + code, (entry, reason) -> {
                    throw new AssertionError(reason);
                });
        assertEquals("Mediation service", both.label(Lists.SIGNS, "mediation", Locale.ENGLISH, BUNDLE));
        assertEquals("Служба медиации", both.label(Lists.SIGNS, "mediation", RU, BUNDLE));
        assertEquals("Чтение", both.label(Lists.SIGNS, "reading", Locale.ENGLISH, BUNDLE), "no English: the Russian");
        assertEquals("Speech difficulties", both.label(Lists.SIGNS, "speech", Locale.ENGLISH, BUNDLE));
        assertEquals("custom", both.label(Lists.SIGNS, "custom", RU, BUNDLE));
        assertEquals(List.of("speech", "mediation", "reading", "custom"),
                both.entries(Lists.SIGNS).stream().map(ListItem::code).toList());
    }
}
