package org.opora.platform.admin.internal.modules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;

/**
 * The Opora modules Karaf knows: every feature named {@code opora-*} except the platform's technical ones (HTTP,
 * database, JPA, PDF, health checks), which are parts of {@code opora-platform} rather than modules of their own.
 */
public final class ModuleCatalog {

    /** The platform feature every module depends on. */
    public static final String PLATFORM = "opora-platform";

    static final String PREFIX = "opora-";
    static final Set<String> INTERNAL = Set.of("opora-http", "opora-derby", "opora-jpa", "opora-pdf",
            "opora-healthchecks");

    private final FeaturesService features;

    public ModuleCatalog(FeaturesService features) {
        this.features = features;
    }

    /** Whether a feature of this name is shown as a module. */
    public static boolean isModule(String featureName) {
        return featureName != null && featureName.startsWith(PREFIX) && !INTERNAL.contains(featureName);
    }

    /**
     * The modules, platform first, then by name and version.
     *
     * @throws Exception when Karaf cannot list its features (a repository that cannot be read)
     */
    public List<Module> modules() throws Exception {
        return Arrays.stream(features.listFeatures()).filter(f -> isModule(f.getName())).map(this::toModule)
                .sorted(Comparator.comparing((Module m) -> !PLATFORM.equals(m.name())).thenComparing(Module::name)
                        .thenComparing(Module::version))
                .toList();
    }

    private Module toModule(Feature f) {
        ModuleState state = ModuleState.of(features.isInstalled(f), features.getState(f.getId()));
        return new Module(f.getName(), f.getVersion(), f.getDescription(), state);
    }
}
