package org.opora.platform.admin.internal.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.platform.admin.internal.OneNode;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.CatalogueEntry;
import org.opora.platform.api.i18n.MessageCatalogue;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.ui.testing.TestUi;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** «Тексты школы»: search, the checks of a school's text, storing per language, journaling, reset. */
class SchoolTextsTest {

    private static final String RULE = "programmes.error.duration";
    private static final String MARK = "programmes.print.restricted";

    private final Hashtable<String, Object> stored = new Hashtable<>(Map.of("service.pid", MessageCatalogue.PID));
    private final List<Dictionary<String, Object>> updates = new ArrayList<>();
    private final List<String> journal = new ArrayList<>();
    private OporaUser user = new OporaUser("admin", "Admin", Set.of(), Set.of(PlatformPermissions.SETTINGS),
            Locale.forLanguageTag("ru"));

    /** The catalogue as the UI host gives it: the module's texts with the stored school's texts over them. */
    private final MessageCatalogue catalogue = () -> List.of(
            new CatalogueEntry(MARK, "org.opora.programmes.impl", "Для служебного пользования", "For official use",
                    (String) stored.get("ru." + MARK), (String) stored.get("en." + MARK)),
            new CatalogueEntry(RULE, "org.opora.programmes.impl",
                    "Программа не короче {0} лет (Положение, п. 4.9).", "At least {0} years (clause 4.9).",
                    (String) stored.get("ru." + RULE), (String) stored.get("en." + RULE)),
            new CatalogueEntry("consilium.error.x", "org.opora.consilium.impl", "Не позже {0,date} (п. 4.9)", null,
                    null, null));

    private final ConfigurationAdmin configurations = configurations();
    private final SchoolTexts texts = new SchoolTexts(catalogue, configurations,
            OneNode.updating(configurations), audit(), () -> Optional.of(user));

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void aClauseCitationFindsEveryMessageCitingIt() {
        assertEquals(List.of(RULE, "consilium.error.x"),
                texts.search("П. 4.9", false).stream().map(CatalogueEntry::key).toList());
        assertEquals(List.of(MARK), texts.search("official", false).stream().map(CatalogueEntry::key).toList());
        assertEquals(3, texts.search(" ", false).size());
        assertEquals(List.of(), texts.search("", true));
    }

    @Test
    void aSchoolsTextIsStoredPerLanguageAndJournaled() {
        assertTrue(texts.save(RULE, " Программа не короче {0} лет (Положение о сопровождении, п. 3.2.1). ", ""));
        assertEquals("Программа не короче {0} лет (Положение о сопровождении, п. 3.2.1).", stored.get("ru." + RULE));
        assertFalse(stored.containsKey("en." + RULE), "an empty field keeps the module's text");
        assertEquals(List.of("ADMIN school-text " + RULE + " school's text: [ru." + RULE + "]"), journal);
        assertEquals(List.of(RULE), texts.search("3.2.1", true).stream().map(CatalogueEntry::key).toList());

        assertFalse(texts.save(RULE, "Программа не короче {0} лет (Положение о сопровождении, п. 3.2.1).",
                "At least {0} years (clause 4.9)."), "the same texts, the module's English: nothing to store");
        assertEquals(1, updates.size());

        assertTrue(texts.reset(RULE));
        assertFalse(stored.containsKey("ru." + RULE));
        assertEquals("ADMIN school-text " + RULE + " module's text: [ru." + RULE + "]", journal.get(1));
        assertFalse(texts.reset(RULE), "nothing left to reset");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ru | Программа не короче лет.                    | admin.texts.error.placeholders",
        "ru | Программа не короче {1} лет.                | admin.texts.error.placeholders",
        "ru | Программа не короче {0} лет, {1}.           | admin.texts.error.placeholders",
        "en | Your school's minimum is {0} years.         | admin.texts.error.placeholders",
        "ru | Программа не короче {0 лет.                 | admin.texts.error.parse",
        "en | At least {0,nonsense} years.                | admin.texts.error.parse",
    })
    void aTextWhosePlaceholdersDifferOrThatDoesNotParseIsRefusedAndNothingStored(String lang, String text,
            String reason) {
        TextRefused e = assertThrows(TextRefused.class, () -> texts.save(RULE, "ru".equals(lang) ? text : "",
                "en".equals(lang) ? text : "Fine {0}."));
        assertEquals(reason, e.reasonKey());
        assertEquals(lang, e.language());
        assertTrue(updates.isEmpty() && journal.isEmpty());
    }

    @Test
    void theFormatTypeOfAPlaceholderCountsAndEnglishFollowsTheRussianWithoutAnEnglishText() {
        assertEquals("admin.texts.error.placeholders", assertThrows(TextRefused.class,
                () -> texts.save("consilium.error.x", "Не позже {0} (п. 5.1)", "")).reasonKey());
        assertTrue(texts.save("consilium.error.x", "Не позже {0,date} (п. 5.1)", "No later than {0,date}"));
        assertEquals("No later than {0,date}", stored.get("en.consilium.error.x"));
        assertEquals("[{0,date}]", "[" + Placeholders.describe(Placeholders.of("a '{1}' b {0,date,short}")) + "]");
    }

    @Test
    void onlyWhoMayChangeSettingsChangesTheTexts() {
        user = new OporaUser("teacher", "Teacher", Set.of(), Set.of(), Locale.forLanguageTag("ru"));
        assertThrows(AccessDeniedException.class, () -> texts.save(MARK, "ДСП", ""));
        assertTrue(updates.isEmpty() && journal.isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theViewSearchesShowsBothTextsSideBySideAndMarksARefusedField() {
        TestUi.open();
        com.vaadin.flow.component.UI.getCurrent().add(new SchoolTextsView(texts));
        TestUi.find("admin-texts-search", TextField.class).setValue("п. 4.9");
        Grid<CatalogueEntry> grid = TestUi.find("admin-texts-list", Grid.class);
        List<CatalogueEntry> found = TestUi.items(grid);
        assertEquals(List.of(RULE, "consilium.error.x"), found.stream().map(CatalogueEntry::key).toList());
        grid.select(found.get(0));
        assertEquals("Программа не короче {0} лет (Положение, п. 4.9).",
                TestUi.find("admin-texts-module-ru", TextArea.class).getValue());
        assertEquals("At least {0} years (clause 4.9).", TestUi.find("admin-texts-module-en", TextArea.class)
                .getValue());
        TestUi.find("admin-texts-school-ru", TextArea.class).setValue("Не короче двух лет (п. 3.2.1).");
        TestUi.find("admin-texts-save", Button.class).click();
        assertTrue(TestUi.find("admin-texts-school-ru", TextArea.class).isInvalid());
        assertTrue(stored.get("ru." + RULE) == null);
        TestUi.find("admin-texts-school-ru", TextArea.class).setValue("Не короче {0} лет (п. 3.2.1).");
        TestUi.find("admin-texts-save", Button.class).click();
        assertEquals("Не короче {0} лет (п. 3.2.1).", stored.get("ru." + RULE));
        assertTrue(TestUi.find("admin-texts-reset", Button.class).isEnabled());
    }

    @SuppressWarnings("unchecked")
    private ConfigurationAdmin configurations() {
        Configuration configuration = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (p, m, args) -> switch (m.getName()) {
                    case "getProperties" -> stored.isEmpty() ? null : new Hashtable<>(stored);
                    case "update" -> {
                        Dictionary<String, Object> props = (Dictionary<String, Object>) args[0];
                        updates.add(props);
                        stored.clear();
                        for (var keys = props.keys(); keys.hasMoreElements();) {
                            String k = keys.nextElement();
                            stored.put(k, props.get(k));
                        }
                        yield null;
                    }
                    default -> throw new AssertionError("unexpected call: " + m.getName());
                });
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (p, m, args) -> switch (m.getName()) {
                    case "getConfiguration" -> configuration;
                    default -> throw new AssertionError("unexpected call: " + m.getName());
                });
    }

    private AuditService audit() {
        return new AuditService() {
            public void record(AuditEvent e) {
                journal.add(e.action() + " " + e.recordType() + " " + e.recordId() + " " + e.summary());
            }

            public void record(String actor, AuditEvent e) {
            }

            public void recordInTransaction(java.sql.Connection transaction, AuditEvent e) {
            }

            public void recordInTransaction(java.sql.Connection transaction, String actor, AuditEvent e) {
            }

            public List<AuditRecord> find(AuditQuery q, int offset, int limit) {
                return List.of();
            }

            public int count(AuditQuery q) {
                return 0;
            }
        };
    }
}
