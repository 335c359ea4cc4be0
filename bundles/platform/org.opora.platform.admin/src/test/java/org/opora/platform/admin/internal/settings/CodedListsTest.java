package org.opora.platform.admin.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.admin.internal.OneNode;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.opora.platform.ui.testing.TestUi;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;

/** Coded lists: the stored format, generated codes, the rows editor and the checks across settings. */
class CodedListsTest {

    private static final String LISTS = "org.opora.core.lists";
    private static final String RULES = "org.opora.consilium.rules";

    private final SettingField types = SettingField.of(new FakeAd("specialistTypes", AttributeDefinition.STRING)
            .cardinality(Integer.MAX_VALUE).defaults("psychologist", "social-pedagogue"));
    private final SettingField min = SettingField.of(new FakeAd("minAge", AttributeDefinition.INTEGER).defaults("5"));
    private final SettingField max = SettingField.of(new FakeAd("maxAge", AttributeDefinition.INTEGER).defaults("21"));

    /** The core's lists: specialistTypes is coded, and the built-in psychologist has labels in both languages. */
    private final SettingsCheck lists = new SettingsCheck() {
        public Optional<SettingProblem> check(String attribute, List<String> values) {
            return Optional.empty();
        }

        public Set<String> codedLists() {
            return Set.of("specialistTypes");
        }

        public Optional<String> builtInLabel(String attribute, String code, Locale locale) {
            return "psychologist".equals(code) ? Optional.of("en".equals(locale.getLanguage()) ? "Psychologist"
                    : "Педагог-психолог") : Optional.empty();
        }

        public Map<String, SettingProblem> checkTogether(Map<String, List<String>> values) {
            return Integer.parseInt(values.get("minAge").get(0)) > Integer.parseInt(values.get("maxAge").get(0))
                    ? Map.of("minAge", SettingProblem.of(values.get("minAge").get(0), "test.minAboveMax"))
                    : Map.of();
        }
    };

    /** The consilium's rules use the core's psychologist. */
    private final SettingsCheck rules = new SettingsCheck() {
        public Optional<SettingProblem> check(String attribute, List<String> values) {
            return Optional.empty();
        }

        public List<CodeUse> codesUsed() {
            return List.of(new CodeUse(LISTS, "specialistTypes", "psychologist", "requiredTypes"));
        }
    };

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void aLineReadsInEveryFormatAndIsWrittenBackTheSame() {
        assertEquals(new CodedLine("ovz", "", ""), CodedLine.parse("ovz"));
        assertEquals(new CodedLine("mediation", "Служба медиации", ""), CodedLine.parse("mediation = Служба медиации"));
        assertEquals(new CodedLine("mediation", "Служба медиации", "Mediation service"),
                CodedLine.parse("mediation = Служба медиации | Mediation service"));
        assertEquals("mediation = Служба медиации | Mediation service",
                CodedLine.parse(" mediation=Служба медиации|Mediation service ").format());
        assertEquals("mediation = Служба медиации", CodedLine.parse("mediation = Служба медиации").format());
        assertEquals("ovz", CodedLine.parse("ovz").format());
        assertFalse(CodedLine.parse("Психолог").validCode());
    }

    @Test
    void aCodeIsMadeFromTheLabelTransliteratedAndUnique() {
        assertEquals("sluzhba-shkolnoy-mediatsii", CodedLine.codeFor("Служба школьной медиации", Set.of()));
        assertEquals("logoped-2", CodedLine.codeFor("Логопед", Set.of("logoped")));
        assertEquals("logoped-3", CodedLine.codeFor("  Логопед!", Set.of("logoped", "logoped-2")));
        assertEquals("school-nurse", CodedLine.codeFor("School nurse", Set.of()));
        assertEquals("item", CodedLine.codeFor("«»", Set.of()));
        assertTrue(CodedLine.codeFor("Ёлка и щи", Set.of()).matches(CodedLine.CODE_PATTERN));
    }

    @Test
    void theLinesOfACodedListAreCheckedByTheForm() {
        assertEquals("admin.settings.code.invalid",
                SettingsChecks.codedLines(List.of("ovz", "Психолог = x")).orElseThrow().reasonKey());
        SettingProblem twice = SettingsChecks.codedLines(List.of("ovz", "ovz = ОВЗ")).orElseThrow();
        assertEquals("ovz = ОВЗ", twice.value());
        assertEquals("admin.settings.code.repeated", twice.reasonKey());
        assertTrue(SettingsChecks.codedLines(List.of("ovz", "a = Б | C")).isEmpty());
    }

    @Test
    void aMinimumAboveTheMaximumIsRefusedOnTheMinimumWithTheDefaultsOfFieldsLeftEmpty() {
        SettingsChecks checks = new SettingsChecks();
        checks.add(lists, LISTS);
        Map<SettingField, Object> values = new LinkedHashMap<>();
        values.put(min, 25);
        values.put(max, null);
        SettingProblem p = checks.problems(LISTS, values).get("minAge");
        assertEquals("25", p.value());
        assertEquals("test.minAboveMax", p.reasonKey());
        values.put(min, 7);
        assertTrue(checks.problems(LISTS, values).isEmpty());
    }

    @Test
    void removingACodeAnotherSettingUsesIsRefusedNamingThatSettingAndNothingIsStored() {
        SettingsChecks checks = new SettingsChecks();
        checks.add(lists, LISTS);
        checks.add(rules, RULES);
        Settings settings = settings(checks);
        Map<SettingField, Object> values = new LinkedHashMap<>();
        values.put(types, new String[] {"social-pedagogue", "speech-therapist = Логопед | Speech therapist"});
        values.put(min, null);
        values.put(max, null);
        SettingsRefused refused = assertThrows(SettingsRefused.class, () -> settings.save(LISTS, values));
        SettingProblem p = refused.problems().get("specialistTypes");
        assertEquals("psychologist", p.value());
        assertEquals("admin.settings.code.used", p.reasonKey());
        assertEquals(List.of(RULES + " → requiredTypes"), p.params());
    }

    @Test
    void theRowsShowTheBuiltInLabelsAndANewRowGetsItsCodeFromTheLabel() {
        TestUi.open();
        SettingsChecks checks = new SettingsChecks();
        checks.add(lists, LISTS);
        SettingInput input = SettingInputs.create(types, null, checks, LISTS, "ru");
        CodedListField f = (CodedListField) input.component();
        com.vaadin.flow.component.UI.getCurrent().add(f);
        assertEquals(List.of("psychologist", "social-pedagogue"), f.codes());
        assertEquals("Педагог-психолог", TestUi.find("admin-settings-specialistTypes-ru-0",
                com.vaadin.flow.component.textfield.TextField.class).getPlaceholder());
        assertEquals("Psychologist", TestUi.find("admin-settings-specialistTypes-en-0",
                com.vaadin.flow.component.textfield.TextField.class).getPlaceholder());
        f.add();
        assertEquals("admin.settings.code.noLabel", input.ownError());
        f.type(2, "Логопед", "Speech therapist");
        f.moveRow(2, -1);
        assertEquals(List.of("psychologist", "logoped", "social-pedagogue"), f.codes());
        assertNull(input.ownError());
        assertEquals("psychologist\nlogoped = Логопед | Speech therapist\nsocial-pedagogue", input.text());
        f.removeRow(0);
        // the saved code's removal is warned about: records keep it
        assertEquals("psychologist", TestUi.find("admin-settings-warnings-specialistTypes",
                com.vaadin.flow.component.html.Div.class).getElement().getChild(0).getChild(0)
                .getAttribute("data-code"));
        f.removeRow(0);
        f.removeRow(0);
        assertEquals("admin.settings.code.empty", input.ownError());
    }

    @Test
    void aSavedCodeStaysWhenItsLabelChanges() {
        TestUi.open();
        SettingsChecks checks = new SettingsChecks();
        checks.add(lists, LISTS);
        SettingInput input = SettingInputs.create(types, new String[] {"tutor = Тьютор"}, checks, LISTS, "ru");
        CodedListField f = (CodedListField) input.component();
        f.type(0, "Наставник-тьютор", "Tutor");
        assertEquals("tutor = Наставник-тьютор | Tutor", input.text());
    }

    private static Settings settings(SettingsChecks checks) {
        ConfigurationAdmin cm = (ConfigurationAdmin) Proxy.newProxyInstance(CodedListsTest.class.getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (p, m, args) -> {
                    throw new AssertionError("nothing may be stored: " + m.getName());
                });
        AuditService audit = (AuditService) Proxy.newProxyInstance(CodedListsTest.class.getClassLoader(),
                new Class<?>[] {AuditService.class}, (p, m, args) -> {
                    throw new AssertionError("nothing may be journaled: " + m.getName());
                });
        OporaUser admin = new OporaUser("admin", "Admin", Set.of(), Set.of(PlatformPermissions.SETTINGS),
                Locale.ENGLISH);
        return new Settings(null, null, cm, OneNode.ifDifferent(cm), audit,
                () -> Optional.of(admin), checks);
    }
}
