package org.opora.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

class I18nRegistryTest {

    @TempDir
    Path dir;

    private final I18nRegistry registry = new I18nRegistry((BundleContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {BundleContext.class}, (p, m, a) -> null));

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
}
