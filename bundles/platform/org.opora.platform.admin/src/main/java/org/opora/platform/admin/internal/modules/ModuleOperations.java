package org.opora.platform.admin.internal.modules;

import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
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
 */
public final class ModuleOperations {

    static final String RECORD_TYPE = "platform.module";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleOperations.class);

    private final FeaturesService features;
    private final AuditService audit;
    private final SecurityContext security;
    private final ExecutorService executor;

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
        return submit(module, "install",
                () -> features.installFeature(module.name(), module.version(), EnumSet.noneOf(FeaturesService.Option.class)));
    }

    /**
     * Starts uninstalling the module; the data it stored stays in the database.
     *
     * @throws IllegalArgumentException with a message key for the platform itself
     */
    public CompletableFuture<Void> uninstall(Module module) {
        if (!module.removable()) {
            throw new IllegalArgumentException("admin.modules.error.notRemovable");
        }
        return submit(module, "uninstall", () -> features.uninstallFeature(module.name(), module.version()));
    }

    private CompletableFuture<Void> submit(Module module, String verb, Work work) {
        String actor = security.requirePermission(PlatformPermissions.MODULES).username();
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.execute(() -> {
            LOG.info("{} of module {} started by {}", verb, module.id(), actor);
            try {
                work.run();
                LOG.info("{} of module {} done", verb, module.id());
                record(actor, module, verb);
                done.complete(null);
            } catch (Exception | LinkageError e) {
                // a LinkageError when a refresh took away the classes this very bundle had not loaded yet
                LOG.error("{} of module {} failed", verb, module.id(), e);
                record(actor, module, verb + " failed: " + e.getClass().getSimpleName());
                done.completeExceptionally(e);
            }
        });
        return done;
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
    }
}
