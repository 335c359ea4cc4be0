package org.opora.platform.admin.internal.modules;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;

/** A features service that knows a few features and records what it is asked to do; nothing else works. */
final class FakeKaraf {

    final List<Feature> features = new ArrayList<>();
    final Map<String, FeatureState> states = new HashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    Exception failure;
    /** While set, Karaf's work waits for it, as a real install takes its time; a test releases it. */
    CountDownLatch hold;

    static Feature feature(String name, String version, String description) {
        return feature(name, version, description, null, List.of());
    }

    static Feature feature(String name, String version, String description, String details, List<String> requires) {
        List<Dependency> deps = requires.stream().map(FakeKaraf::dependency).toList();
        return (Feature) Proxy.newProxyInstance(FakeKaraf.class.getClassLoader(), new Class<?>[] {Feature.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getVersion" -> version;
                    case "getId" -> name + "/" + version;
                    case "getDescription" -> description;
                    case "getDetails" -> details;
                    case "getDependencies" -> deps;
                    case "toString" -> name + "/" + version;
                    case "hashCode" -> (name + version).hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new AssertionError("unexpected call: " + method.getName());
                });
    }

    private static Dependency dependency(String name) {
        return (Dependency) Proxy.newProxyInstance(FakeKaraf.class.getClassLoader(), new Class<?>[] {Dependency.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    default -> throw new AssertionError("unexpected call: " + method.getName());
                });
    }

    FakeKaraf with(String name, String version, FeatureState state) {
        return with(name, version, state, List.of());
    }

    FakeKaraf with(String name, String version, FeatureState state, List<String> requires) {
        features.add(feature(name, version, "About " + name, null, requires));
        states.put(name + "/" + version, state);
        return this;
    }

    FeaturesService service() {
        return (FeaturesService) Proxy.newProxyInstance(FakeKaraf.class.getClassLoader(),
                new Class<?>[] {FeaturesService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "listFeatures" -> features.toArray(new Feature[0]);
                    case "isInstalled" -> states.get(((Feature) args[0]).getId()) != FeatureState.Uninstalled;
                    case "getState" -> states.get((String) args[0]);
                    case "installFeature", "uninstallFeature", "uninstallFeatures" -> {
                        calls.add(method.getName() + " " + args[0] + " " + args[1]);
                        if (hold != null && !hold.await(10, TimeUnit.SECONDS)) {
                            throw new AssertionError("the test never released the operation");
                        }
                        if (failure != null) {
                            throw failure;
                        }
                        yield null;
                    }
                    default -> throw new AssertionError("unexpected call: " + method.getName());
                });
    }
}
