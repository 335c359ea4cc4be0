package org.opora.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opora.platform.api.i18n.CatalogueEntry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

class I18nRegistryTest {

    @TempDir
    Path dir;

    private final I18nRegistry registry = new I18nRegistry((BundleContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {BundleContext.class}, (p, m, a) -> null), Map.of());

    private Bundle bundle(long id, String name, String ru, String en) throws Exception {
        Path base = Files.createDirectories(dir.resolve(name).resolve("i18n"));
        Files.writeString(base.resolve("messages.properties"), ru);
        Files.writeString(base.resolve("messages_en.properties"), en);
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put(I18nRegistry.HEADER, "i18n/messages");
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getHeaders" -> headers;
                    case "getBundleId" -> id;
                    case "getSymbolicName" -> name;
                    case "getEntry" -> {
                        Path f = dir.resolve(name).resolve((String) a[0]);
                        yield Files.exists(f) ? f.toUri().toURL() : (URL) null;
                    }
                    default -> null;
                });
    }

    @Test
    void aStoppedModulesTextsStayUntilItComesBackSoNoKeyIsEverShown() throws Exception {
        Bundle module = bundle(7, "org.opora.x.ui", "x.title=Раздел X\n", "x.title=Section X\n");
        registry.addingBundle(module, null);
        assertEquals("Раздел X", registry.getTranslation("x.title", Locale.forLanguageTag("ru")));

        registry.removedBundle(module, null, 7L);
        assertEquals("Раздел X", registry.getTranslation("x.title", Locale.forLanguageTag("ru")));
        assertEquals("Section X", registry.getTranslation("x.title", Locale.ENGLISH));

        Bundle updated = bundle(8, "org.opora.x.ui", "x.title=Раздел X, новый\n", "x.title=Section X, new\n");
        registry.addingBundle(updated, null);
        assertEquals("Раздел X, новый", registry.getTranslation("x.title", Locale.forLanguageTag("ru")));
        assertEquals("unknown.key", registry.getTranslation("unknown.key", Locale.ENGLISH));
    }

    @Test
    void aKeyTwoBundlesBringShowsTheTextOfTheOneInstalledFirst() throws Exception {
        // added in the "wrong" order on purpose: the lookup follows installation (bundle id), not arrival
        registry.addingBundle(bundle(31, "org.opora.late.ui", "shared.title=Поздний\n", "shared.title=Late\n"), null);
        registry.addingBundle(bundle(12, "org.opora.early.ui", "shared.title=Ранний\n", "shared.title=Early\n"), null);
        for (int i = 0; i < 5; i++) {
            assertEquals("Ранний", registry.getTranslation("shared.title", Locale.forLanguageTag("ru")));
            assertEquals("Early", registry.getTranslation("shared.title", Locale.ENGLISH));
        }
    }

    @Test
    void theSchoolsTextLiesOverTheModulesAtOnceAndPerLanguage() throws Exception {
        registry.addingBundle(bundle(7, "org.opora.x.impl", "x.rule=Срок не меньше {0} лет (п. 4.9).\nx.mark=ДСП\n",
                "x.rule=At least {0} years (clause 4.9).\n"), null);
        Locale ru = Locale.forLanguageTag("ru");
        assertEquals("Срок не меньше 2 лет (п. 4.9).", registry.getTranslation("x.rule", ru, 2));

        registry.modified(Map.of("ru.x.rule", "Срок не меньше {0} лет (п. 3.2.1 Положения).", "en.x.mark", "Restricted",
                "ru.x.unknown", "  ", "component.name", "org.opora.platform.ui.internal.I18nRegistry"));
        assertEquals("Срок не меньше 2 лет (п. 3.2.1 Положения).", registry.getTranslation("x.rule", ru, 2));
        assertEquals("At least 2 years (clause 4.9).", registry.getTranslation("x.rule", Locale.ENGLISH, 2),
                "English has no school text: the module's English one");
        assertEquals("ДСП", registry.getTranslation("x.mark", ru));
        assertEquals("Restricted", registry.getTranslation("x.mark", Locale.ENGLISH));

        List<CatalogueEntry> entries = registry.entries();
        assertEquals(List.of("x.mark", "x.rule"), entries.stream().map(CatalogueEntry::key).toList());
        CatalogueEntry rule = entries.get(1);
        assertEquals("org.opora.x.impl", rule.bundle());
        assertEquals("Срок не меньше {0} лет (п. 4.9).", rule.moduleRu());
        assertEquals("Срок не меньше {0} лет (п. 3.2.1 Положения).", rule.schoolRu());
        assertEquals(null, rule.schoolEn());
        assertEquals("Restricted", entries.get(0).effective("en"));

        registry.modified(Map.of());
        assertEquals("Срок не меньше 2 лет (п. 4.9).", registry.getTranslation("x.rule", ru, 2), "reset");
    }

    @Test
    void aSchoolTextThatCannotBeFormattedGivesWayToTheModules() throws Exception {
        registry.addingBundle(bundle(7, "org.opora.x.impl", "x.rule=Не меньше {0} лет.\n", "x.rule=At least {0}.\n"),
                null);
        registry.modified(Map.of("ru.x.rule", "Не меньше {0,number лет."));
        assertEquals("Не меньше 2 лет.", registry.getTranslation("x.rule", Locale.forLanguageTag("ru"), 2));
    }
}
