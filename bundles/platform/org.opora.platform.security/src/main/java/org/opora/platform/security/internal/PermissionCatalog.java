package org.opora.platform.security.internal;

import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PermissionProvider;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.persistence.TransactionTemplate;
import org.opora.platform.security.internal.store.KnownPermissionEntity;
import org.opora.platform.security.internal.store.RoleEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the permissions that installed modules declare (whiteboard of {@link PermissionProvider}). The first
 * time a permission is seen in this installation it is granted to its default roles that exist; afterwards only
 * an administrator changes the mapping. A removed module's grants stay, so reinstalling it restores the rights.
 */
@Component(service = PermissionCatalog.class)
public class PermissionCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionCatalog.class);

    private final Map<PermissionProvider, List<PermissionDefinition>> providers = new ConcurrentHashMap<>();
    private final TransactionTemplate tx;
    private final PermissionChanges changes;
    private final AuditService audit;

    @Activate
    public PermissionCatalog(@Reference(target = "(osgi.unit.name=opora-security)") EntityManagerFactory emf,
            @Reference PermissionChanges changes, @Reference AuditService audit) {
        this.tx = new TransactionTemplate(emf);
        this.changes = changes;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(PermissionProvider provider) {
        List<PermissionDefinition> declared = List.copyOf(provider.permissions());
        providers.put(provider, declared);
        grantDefaults(declared);
        changes.announce("declared");
    }

    void removeProvider(PermissionProvider provider) {
        providers.remove(provider);
        changes.announce("withdrawn");
    }

    /** Every permission currently declared, sorted by id. */
    public List<PermissionDefinition> all() {
        return providers.values().stream().flatMap(List::stream).distinct()
                .sorted(Comparator.comparing(PermissionDefinition::id)).toList();
    }

    /** Permissions whose declaration names the role among its defaults. */
    public java.util.Set<String> defaultsFor(String role) {
        return all().stream().filter(p -> p.defaultRoles().contains(role)).map(PermissionDefinition::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Applies default grants of permissions not seen before to the roles that exist; a role created later receives
     * them when it is created ({@link #defaultsFor}).
     */
    void grantDefaults(List<PermissionDefinition> declared) {
        // the platform's own work whoever installs the module: journaled as the system
        SystemWork.run("permissions: default grants", () -> tx.run(em -> {
            for (PermissionDefinition p : declared) {
                if (em.find(KnownPermissionEntity.class, p.id()) != null) {
                    continue;
                }
                em.persist(new KnownPermissionEntity(p.id()));
                for (String roleName : p.defaultRoles()) {
                    RoleEntity role = em.find(RoleEntity.class, roleName);
                    if (role != null) {
                        role.getPermissions().add(p.id());
                        LOG.info("Permission {} granted to role {} by default", p.id(), roleName);
                        // a grant changes who may read what: it is journaled like an administrator's, with it
                        em.flush();
                        audit.recordInTransaction(em.unwrap(Connection.class), new AuditEvent(AuditAction.ADMIN,
                                "platform.role", roleName, "granted by default: " + p.id()));
                    }
                }
            }
        }));
    }
}
