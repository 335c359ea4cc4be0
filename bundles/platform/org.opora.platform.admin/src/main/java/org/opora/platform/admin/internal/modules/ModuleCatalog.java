package org.opora.platform.admin.internal.modules;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.karaf.features.Dependency;
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

    /**
     * The installed modules that need the given one, directly or through others: removing it removes them too (Karaf
     * would otherwise keep it for them and the removal would change nothing).
     */
    public static List<Module> dependents(Module module, List<Module> all) {
        Map<String, Module> byName = all.stream()
                .collect(Collectors.toMap(Module::name, Function.identity(), (a, b) -> a));
        return all.stream().filter(Module::installed).filter(m -> !m.name().equals(module.name()))
                .filter(m -> needs(m, module.name(), byName)).toList();
    }

    private static boolean needs(Module m, String target, Map<String, Module> byName) {
        Deque<String> todo = new ArrayDeque<>(m.requires());
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(target)) {
                return true;
            }
            Module dep = byName.get(next);
            if (seen.add(next) && dep != null) {
                todo.addAll(dep.requires());
            }
        }
        return false;
    }

    private Module toModule(Feature f) {
        ModuleState state = ModuleState.of(features.isInstalled(f), features.getState(f.getId()));
        Set<String> requires = f.getDependencies() == null ? Set.of()
                : f.getDependencies().stream().map(Dependency::getName).collect(Collectors.toSet());
        return new Module(f.getName(), f.getVersion(), f.getDescription(), Module.texts(f.getDetails()), requires,
                state);
    }
}
