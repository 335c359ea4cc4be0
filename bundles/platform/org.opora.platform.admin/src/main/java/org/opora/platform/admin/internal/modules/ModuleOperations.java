package org.opora.platform.admin.internal.modules;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.karaf.features.FeaturesService;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and uninstalls modules on a background thread, one at a time: Karaf takes seconds for it and may refresh
 * bundles on the way, so it must never run on a request thread. Each operation is written to the audit journal.
 * <p>
 * What is running is shared by every open modules view, and each hears when something changes — an operation
 * started or finished here, or a module installed or removed in the Karaf console — so that every administrator's
 * page follows, not only the one that clicked.
 */
public final class ModuleOperations {

    static final String RECORD_TYPE = "platform.module";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleOperations.class);

    /** What is being done to a module. */
    public enum Operation { INSTALL, UNINSTALL }

    private final FeaturesService features;
    private final AuditService audit;
    private final SecurityContext security;
    private final ExecutorService executor;
    /** module name → what is being done to it */
    private final Map<String, Operation> running = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ModuleOperations(FeaturesService features, AuditService audit, SecurityContext security) {
        this.features = features;
        this.audit = audit;
        this.security = security;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "opora-admin-modules");
            t.setDaemon(true);
            return t;
        });
    }

    /** Work Karaf does; may throw whatever Karaf throws. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Starts installing the module; call on the UI thread (the current user must hold the modules permission).
     *
     * @return completes when Karaf is done, exceptionally with Karaf's error
     */
    public CompletableFuture<Void> install(Module module) {
        return submit(List.of(module), Operation.INSTALL,
                () -> features.installFeature(module.name(), module.version(), EnumSet.noneOf(FeaturesService.Option.class)));
    }

    /**
     * Starts uninstalling the module together with the installed modules that need it (see
     * {@link ModuleCatalog#dependents}), in one step; the data they stored stays in the database.
     *
     * @throws IllegalArgumentException with a message key for the platform itself
     */
    public CompletableFuture<Void> uninstall(Module module, List<Module> dependents) {
        if (!module.removable() || dependents.stream().anyMatch(m -> !m.removable())) {
            throw new IllegalArgumentException("admin.modules.error.notRemovable");
        }
        List<Module> all = new java.util.ArrayList<>(dependents);
        all.add(module);
        Set<String> ids = new LinkedHashSet<>();
        all.forEach(m -> ids.add(m.id()));
        return submit(all, Operation.UNINSTALL,
                () -> features.uninstallFeatures(ids, EnumSet.noneOf(FeaturesService.Option.class)));
    }

    /** What is being done to the module, or {@code null}. */
    public Operation running(String moduleName) {
        return running.get(moduleName);
    }

    /** Whether any operation is under way. */
    public boolean busy() {
        return !running.isEmpty();
    }

    /** Adds a listener told of every change (on whatever thread it happens); returns a handle that removes it. */
    public Runnable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells the listeners that the modules changed, e.g. a feature installed from the Karaf console. */
    public void changed() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("A modules view could not be told of a change", e);
            }
        }
    }

    private CompletableFuture<Void> submit(List<Module> modules, Operation op, Work work) {
        String actor = security.requirePermission(PlatformPermissions.MODULES).username();
        if (modules.stream().anyMatch(m -> running.containsKey(m.name()))) {
            throw new IllegalStateException("admin.modules.error.busy");
        }
        String verb = op == Operation.INSTALL ? "install" : "uninstall";
        CompletableFuture<Void> done = new CompletableFuture<>();
        modules.forEach(m -> running.put(m.name(), op));
        changed();
        executor.execute(() -> {
            String ids = modules.stream().map(Module::id).toList().toString();
            LOG.info("{} of module(s) {} started by {}", verb, ids, actor);
            Throwable failure = null;
            try {
                work.run();
                LOG.info("{} of module(s) {} done", verb, ids);
                modules.forEach(m -> record(actor, m, verb));
            } catch (Exception | LinkageError e) {
                // a LinkageError when a refresh took away the classes this very bundle had not loaded yet
                LOG.error("{} of module(s) {} failed", verb, ids, e);
                modules.forEach(m -> record(actor, m, verb + " failed: " + e.getClass().getSimpleName()));
                failure = e;
            } finally {
                modules.forEach(m -> running.remove(m.name()));
            }
            changed();
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(failure);
            }
        });
        return done;
    }

    /**
     * The message key that tells the administrator why Karaf refused, in words: a module already in the wanted
     * state, one whose parts are missing from the distribution, or anything else (the log has Karaf's own text).
     */
    static String reasonKey(Operation op, Throwable error) {
        String text = String.valueOf(error == null ? null : error.getMessage());
        if (text.contains("is not installed")) {
            return "admin.modules.error.notInstalled";
        }
        if (text.contains("No matching features") || text.contains("Unable to resolve")
                || text.contains("missing requirement") || text.contains("Error resolving artifact")) {
            return op == Operation.INSTALL ? "admin.modules.error.unresolved" : "admin.modules.error.uninstall";
        }
        return op == Operation.INSTALL ? "admin.modules.error.install" : "admin.modules.error.uninstall";
    }

    private void record(String actor, Module module, String summary) {
        try {
            audit.record(actor, new AuditEvent(AuditAction.ADMIN, RECORD_TYPE, module.id(), summary));
        } catch (RuntimeException e) {
            LOG.warn("Module operation on {} not written to the audit journal", module.id(), e);
        }
    }

    /**
     * Stops taking work. Does not wait: a running operation may be the one that refreshes this bundle, and Karaf
     * waits for this call.
     */
    public void close() {
        executor.shutdown();
        listeners.clear();
    }
}
