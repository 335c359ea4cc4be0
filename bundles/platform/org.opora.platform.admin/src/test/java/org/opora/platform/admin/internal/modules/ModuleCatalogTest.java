package org.opora.platform.admin.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.karaf.features.FeatureState;
import org.junit.jupiter.api.Test;

class ModuleCatalogTest {

    @Test
    void onlyOporaModulesAreListedNotThePlatformsTechnicalFeatures() {
        for (String internal : List.of("opora-http", "opora-derby", "opora-jpa", "opora-pdf", "opora-healthchecks")) {
            assertFalse(ModuleCatalog.isModule(internal), internal);
        }
        assertFalse(ModuleCatalog.isModule("scr"));
        assertFalse(ModuleCatalog.isModule("webconsole"));
        assertFalse(ModuleCatalog.isModule(null));
        assertTrue(ModuleCatalog.isModule("opora-platform"));
        assertTrue(ModuleCatalog.isModule("opora-consilium"));
    }

    @Test
    void modulesComePlatformFirstThenByNameWithTheirState() throws Exception {
        FakeKaraf karaf = new FakeKaraf()
                .with("opora-jpa", "0.1.0", FeatureState.Started)
                .with("opora-patronage", "0.1.0", FeatureState.Uninstalled)
                .with("scr", "4.4.10", FeatureState.Started)
                .with("opora-platform", "0.1.0", FeatureState.Started)
                .with("opora-consilium", "0.1.0", FeatureState.Resolved);
        List<Module> modules = new ModuleCatalog(karaf.service()).modules();
        assertEquals(List.of("opora-platform", "opora-consilium", "opora-patronage"),
                modules.stream().map(Module::name).toList());
        assertEquals(List.of(ModuleState.STARTED, ModuleState.INSTALLED, ModuleState.NOT_INSTALLED),
                modules.stream().map(Module::state).toList());
        assertEquals("About opora-consilium", modules.get(1).description());
        assertEquals("opora-consilium/0.1.0", modules.get(1).id());
    }

    @Test
    void namesAndSummariesComeInTheUsersLanguageFromTheFeature() {
        java.util.Properties texts = Module.texts("""
                  name.en = Psychological-pedagogical consilium (PPk)
                  summary.ru = Заседания и протоколы.
                  summary.en = Meetings and protocols.
                """);
        Module m = new Module("opora-consilium", "0.1.0.SNAPSHOT", "Консилиум (ППк)", texts, Set.of(),
                ModuleState.STARTED);
        java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
        assertEquals("Консилиум (ППк)", m.title(ru));
        assertEquals("Psychological-pedagogical consilium (PPk)", m.title(java.util.Locale.ENGLISH));
        assertEquals("Заседания и протоколы.", m.summary(ru));
        assertEquals("Meetings and protocols.", m.summary(java.util.Locale.ENGLISH));
        assertEquals("0.1.0", m.release());
        assertEquals("1.2.3", new Module("x", "1.2.3", "", ModuleState.STARTED).release());
        Module bare = new Module("opora-x", "1.0.0", "", ModuleState.STARTED);
        assertEquals("opora-x", bare.title(ru));
        assertEquals("", bare.summary(java.util.Locale.ENGLISH));
    }

    @Test
    void theInstalledModulesThatNeedOneAreItsDependentsThroughOthersToo() throws Exception {
        FakeKaraf karaf = new FakeKaraf()
                .with("opora-platform", "0.1.0", FeatureState.Started)
                .with("opora-core", "0.1.0", FeatureState.Started, List.of("opora-platform"))
                .with("opora-consilium", "0.1.0", FeatureState.Started, List.of("opora-core"))
                .with("opora-extra", "0.1.0", FeatureState.Started, List.of("opora-consilium"))
                .with("opora-programmes", "0.1.0", FeatureState.Uninstalled, List.of("opora-core"));
        List<Module> all = new ModuleCatalog(karaf.service()).modules();
        Module core = all.stream().filter(m -> m.name().equals("opora-core")).findFirst().orElseThrow();
        Module extra = all.stream().filter(m -> m.name().equals("opora-extra")).findFirst().orElseThrow();
        assertEquals(List.of("opora-consilium", "opora-extra"),
                ModuleCatalog.dependents(core, all).stream().map(Module::name).toList());
        assertEquals(List.of(), ModuleCatalog.dependents(extra, all));
    }

    @Test
    void thePlatformCannotBeRemoved() {
        assertFalse(new Module("opora-platform", "0.1.0", null, ModuleState.STARTED).removable());
        assertTrue(new Module("opora-consilium", "0.1.0", null, ModuleState.STARTED).removable());
    }

    @Test
    void statesMapFromKaraf() {
        assertEquals(ModuleState.NOT_INSTALLED, ModuleState.of(false, FeatureState.Started));
        assertEquals(ModuleState.NOT_INSTALLED, ModuleState.of(false, null));
        assertEquals(ModuleState.INSTALLED, ModuleState.of(true, FeatureState.Installed));
        assertEquals(ModuleState.INSTALLED, ModuleState.of(true, FeatureState.Resolved));
        assertEquals(ModuleState.INSTALLED, ModuleState.of(true, null));
        assertEquals(ModuleState.STARTED, ModuleState.of(true, FeatureState.Started));
        assertEquals("admin.modules.state.STARTED", ModuleState.STARTED.key());
    }
}
