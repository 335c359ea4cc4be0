package org.opora.core.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.testing.TypedConfig;

/**
 * The core's list settings each refuse a malformed line and an unknown code, naming the line and the reason (the
 * settings form then stores nothing, see {@code SettingsFormTest}); the settings checked together; the lists edited
 * as rows labelled from the core's messages.
 */
class CoreSettingsCheckTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final CoreLists lists = new CoreLists(TypedConfig.defaults(ListsConfig.class));
    private final CoreSettingsCheck check = new CoreSettingsCheck(lists,
            new CoreRules(TypedConfig.of(RulesConfig.class, Map.of("confidentialDocumentTypes",
                    new String[] {"examination", "report"}))));

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fileTypes                 | ../etc            | core.settings.fileTypes.plain",
        "fileTypes                 | bmp               | core.settings.fileTypes.unknown",
        "confidentialDocumentTypes | <script>          | core.settings.unknown.documentTypes",
        "confidentialDocumentTypes | secret-files      | core.settings.unknown.documentTypes",
        "confidentialDocumentTypes | examination       | core.settings.repeated",
        "documentRetention         | report: 5         | core.settings.documentRetention.format",
        "documentRetention         | report = -3       | core.settings.documentRetention.format",
        "documentRetention         | report = forever  | core.settings.documentRetention.format",
        "documentRetention         | secret-files = 5  | core.settings.unknown.documentTypes",
        "documentRetention         | Examination = 3   | core.settings.repeated"})
    void aBadLineOfAListSettingIsRefusedWithTheLineAndTheReason(String attribute, String line, String key) {
        List<String> good = switch (attribute) {
            case "fileTypes" -> List.of("pdf", "docx");
            case "confidentialDocumentTypes" -> List.of("examination");
            default -> List.of("examination = 5", "report = permanent");
        };
        List<String> values = new java.util.ArrayList<>(good);
        values.add(line);
        assertTrue(check.check(attribute, good).isEmpty(), () -> "the good lines of " + attribute);

        SettingProblem p = check.check(attribute, values).orElseThrow();

        assertEquals(line, p.value());
        assertEquals(key, p.reasonKey());
        String words = new MessagesTranslator().translate(p.reasonKey(), RU, p.params().toArray());
        assertTrue(!words.equals(key) && !words.contains("{"), () -> "no words for " + key + ": " + words);
    }

    @Test
    void theDefaultsPassAndAnUnknownDocumentTypeIsNamed() {
        RulesConfig defaults = TypedConfig.defaults(RulesConfig.class);
        assertTrue(check.check("confidentialDocumentTypes", Arrays.asList(defaults.confidentialDocumentTypes()))
                .isEmpty());
        assertTrue(check.check("documentRetention", Arrays.asList(defaults.documentRetention())).isEmpty());
        SettingProblem p = check.check("documentRetention", List.of("Secret = 5")).orElseThrow();
        assertEquals("кода «secret» нет в справочнике видов документов (Опора: справочники Службы сопровождения).",
                new MessagesTranslator().translate(p.reasonKey(), RU, p.params().toArray()));
    }

    @Test
    void theDocumentTypesTheRulesNameAreKeptInTheList() {
        List<CodeUse> uses = check.codesUsed();
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "documentTypes", "report",
                "confidentialDocumentTypes")), uses::toString);
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "documentTypes", "schedule",
                "documentRetention")), uses::toString);
    }

    @Test
    void theYoungestAgeIsNotAboveTheOldest() {
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
