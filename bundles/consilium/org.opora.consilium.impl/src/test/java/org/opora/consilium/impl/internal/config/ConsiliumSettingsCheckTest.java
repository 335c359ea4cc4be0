package org.opora.consilium.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.TypedConfig;

/** The consilium's rules name codes of the core's lists: a typo is refused before it is stored. */
class ConsiliumSettingsCheckTest {

    private static final ReferenceLists CORE = (list, locale) -> switch (list) {
        case SPECIALIST_TYPES -> items("psychologist", "social-pedagogue", "speech-therapist");
        case BODIES -> items("consilium", "prevention-council");
        default -> List.of();
    };

    private final ConsiliumSettingsCheck check = new ConsiliumSettingsCheck(CORE,
            new ConsiliumRules(TypedConfig.of(RulesConfig.class, Map.of("requiredTypes",
                    new String[] {"psychologist", "speech-therapist"}))), new FakeApprovalRoles());

    private static List<ListItem> items(String... codes) {
        return Stream.of(codes).map(c -> new ListItem(c, c)).toList();
    }

    /**
     * Each list or code setting of the rules refuses a malformed line and an unknown code, naming the line and the
     * reason (the settings form then stores nothing and keeps the old value, see {@code SettingsFormTest}).
     */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "requiredTypes         | <b>psychologist</b> | core.settings.unknown.specialistTypes",
        "requiredTypes         | astrologer          | core.settings.unknown.specialistTypes",
        "presentationTypes     | psychologist; x     | core.settings.unknown.specialistTypes",
        "presentationTypes     | astrologer          | core.settings.unknown.specialistTypes",
        "examinerTypes         | *                   | core.settings.unknown.specialistTypes",
        "examinerTypes         | astrologer          | core.settings.unknown.specialistTypes",
        "body                  | consilium, other    | core.settings.unknown.bodies",
        "body                  | konsilium           | core.settings.unknown.bodies",
        "compositionOrderChain | approve director    | approval.chain.malformed",
        "compositionOrderChain | approve: directr    | approval.chain.unknownRole",
        "numberPattern         | ППк-№               | consilium.settings.numberPattern",
        "numberPattern         | {n}{n}{n}{n}{n}{n}{n}{n}{n}{n}{n}{n}{n}{n} | consilium.settings.numberPattern",
        "numberPattern         | {n}/{yaer}          | consilium.settings.numberPattern.placeholder",
        "numberPattern         | <script>{n}         | consilium.settings.numberPattern.character",
        "numberPattern         | {n                  | consilium.settings.numberPattern.character"})
    void aMalformedLineOrAnUnknownCodeIsRefusedNamingTheLine(String attribute, String line, String key) {
        SettingProblem p = check.check(attribute, List.of(line)).orElseThrow();
        assertEquals(line, p.value());
        assertEquals(key, p.reasonKey());
    }

    @Test
    void theNumberPatternsMessagesNameWhatIsAllowed() {
        SettingProblem p = check.check("numberPattern", List.of("{n}/{yaer}")).orElseThrow();
        assertEquals(List.of("{yaer}", "{n}", "{year}", "{years}"), p.params());
        assertTrue(check.check("numberPattern", List.of("ППк-{n}/{years}")).isEmpty());
        assertEquals(List.of(org.opora.consilium.impl.internal.rules.MeetingNumbering.MAX_PATTERN, "{n}", "{year}"), check.check("numberPattern",
                List.of("no number")).orElseThrow().params());
    }

    @ParameterizedTest
    @ValueSource(strings = {"requiredTypes", "presentationTypes", "examinerTypes"})
    void theSpecialistsAreTheCoresSpecialistTypes(String attribute) {
        assertTrue(check.check(attribute, List.of("psychologist", "Social-Pedagogue")).isEmpty());
        SettingProblem typo = check.check(attribute, List.of("psychologist", "psycholgist")).orElseThrow();
        assertEquals("psycholgist", typo.value());
        assertEquals("core.settings.unknown.specialistTypes", typo.reasonKey());
        assertEquals("core.settings.repeated", check.check(attribute, List.of("psychologist", "psychologist"))
                .orElseThrow().reasonKey());
    }

    @Test
    void theChainOfTheCompositionsOrderNamesAnExistingRoleInOneApproveLine() {
        assertTrue(check.check("compositionOrderChain", List.of("approve: director")).isEmpty());
        assertTrue(check.check("compositionOrderChain", List.of("approve: deputy = Deputy director")).isEmpty());
        SettingProblem typo = check.check("compositionOrderChain", List.of("approve: directr")).orElseThrow();
        assertEquals(ApprovalChain.UNKNOWN_ROLE, typo.reasonKey());
        SettingProblem agreement = check.check("compositionOrderChain", List.of("agree: deputy", "approve: director"))
                .orElseThrow();
        assertEquals(ConsiliumSettingsCheck.NO_AGREEMENTS, agreement.reasonKey());
        assertEquals("agree: deputy", agreement.value());
        assertEquals(ApprovalChain.NO_APPROVE, check.check("compositionOrderChain", List.of("agree: deputy"))
                .orElseThrow().reasonKey());
    }

    @Test
    void theBodyIsOneOfTheCoresBodies() {
        assertTrue(check.check("body", List.of("prevention-council")).isEmpty());
        assertEquals("core.settings.unknown.bodies", check.check("body", List.of("konsilium")).orElseThrow()
                .reasonKey());
        assertTrue(check.check("numberPattern", List.of("anything {n}")).isEmpty());
    }

    @Test
    void theCodesTheRulesNameAreLabelledAsTheCoreLabelsThem() {
        assertEquals("psychologist", check.builtInLabel("examinerTypes", "psychologist", Locale.ENGLISH)
                .orElseThrow());
        assertEquals("consilium", check.builtInLabel("body", "consilium", Locale.ENGLISH).orElseThrow());
        assertTrue(check.builtInLabel("requiredTypes", "astrologer", Locale.ENGLISH).isEmpty());
        assertTrue(check.builtInLabel("numberPattern", "{n}", Locale.ENGLISH).isEmpty());
    }

    @Test
    void theStoredRulesKeepTheirCodesInTheCoresLists() {
        List<CodeUse> uses = check.codesUsed();
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "bodies", "consilium", "body")));
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "specialistTypes", "speech-therapist",
                "requiredTypes")));
        assertTrue(uses.contains(new CodeUse("org.opora.core.lists", "specialistTypes", "psychologist",
                "examinerTypes")));
    }

    @Test
    void theConsiliumsListsAreEditedAsRowsLabelledFromTheModule() {
        ConsiliumListsSettingsCheck lists = new ConsiliumListsSettingsCheck();
        assertEquals(Set.of("signs", "monitoringKinds", "decisionTypes"), lists.codedLists());
        lists.translator = (key, locale, params) -> "consilium.list.sign.anxiety".equals(key) ? "Тревожность" : key;
        assertEquals("Тревожность", lists.builtInLabel("signs", "anxiety", Locale.forLanguageTag("ru")).orElseThrow());
        assertTrue(lists.builtInLabel("signs", "own-sign", Locale.ENGLISH).isEmpty());
        assertTrue(lists.builtInLabel("unknown", "anxiety", Locale.ENGLISH).isEmpty());
    }
}
