package org.opora.programmes.impl.internal.support;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.core.api.staff.Bodies;
import org.opora.core.support.testing.ServiceTestSupport;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.TypedConfig;
import org.opora.programmes.impl.internal.config.ListsConfig;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.config.ProgrammeSettingsServiceImpl;
import org.opora.programmes.impl.internal.config.RulesConfig;
import org.opora.programmes.impl.internal.plan.IndividualPlanServiceImpl;
import org.opora.programmes.impl.internal.programme.ProgrammeLifecycleImpl;
import org.opora.programmes.impl.internal.programme.ProgrammeServiceImpl;
import org.opora.programmes.impl.internal.programme.SupportPlanServiceImpl;

/**
 * The programmes' services wired as Declarative Services wires them, on the module's own unit (opora-programmes,
 * its changelog) in in-memory Derby, with the core and the consilium's officers faked by {@link CoreFakes}, a
 * security context the test signs people into and an audit journal that keeps what it is given. Every test starts
 * with empty tables and nobody signed in (the system); set-up made as the system is forgotten by the journal with
 * {@link #signIn}.
 */
public abstract class ProgrammesServiceTestSupport extends ServiceTestSupport {

    @RegisterExtension
    protected static final InMemoryUnit UNIT = new InMemoryUnit(ProgrammesDatabase.UNIT);

    protected final CoreFakes core = new CoreFakes();

    protected ProgrammesDatabase db;
    protected Guard guard;
    protected ProgrammeRules rules;
    protected ProgrammeLists lists;
    protected People people;
    protected ProgrammeServiceImpl programmes;
    protected ProgrammeLifecycleImpl lifecycle;
    protected SupportPlanServiceImpl plan;
    protected IndividualPlanServiceImpl plans;
    protected ProgrammeSettingsServiceImpl settings;
    protected final FakeApprovalRoles roles = new FakeApprovalRoles();

    @BeforeEach
    void wireServices() {
        wire(Map.of());
    }

    /** Wires the services again with some rules set, e.g. {@code Map.of("consentRequiredBeforeStart", false)}. */
    protected void wire(Map<String, ?> ruleValues) {
        db = new ProgrammesDatabase(UNIT.emf());
        guard = new Guard() {
            @Override
            protected SecurityContext securityContext() {
                return security;
            }
        };
        rules = new ProgrammeRules(TypedConfig.of(RulesConfig.class, ruleValues));
        lists = new ProgrammeLists(TypedConfig.defaults(ListsConfig.class));
        people = new People(guard, db, core.staffService(), core.pupilService(), Bodies.builtIn());
        bind(people, "consilium", core.officers());
        programmes = new ProgrammeServiceImpl(db, people, rules, lists, audit);
        lifecycle = new ProgrammeLifecycleImpl(db, people, rules, lists, audit, roles);
        plan = new SupportPlanServiceImpl(db, people, rules, lists, audit, core.referenceLists());
        plans = new IndividualPlanServiceImpl(db, people, rules, lists, audit, core.classService(),
                core.orderService(), core.referenceLists(), roles);
        settings = new ProgrammeSettingsServiceImpl(rules, lists);
    }

    /** Signs a person in holding the roles and the permissions, and forgets the journal of the set-up. */
    protected void signInWithRoles(String username, Set<String> roleNames, String... permissions) {
        security.signIn(new OporaUser(username, username, roleNames, Set.of(permissions), Locale.forLanguageTag("ru")));
        audit.clear();
    }

    /**
     * Binds an optional dynamic reference as Declarative Services would (a {@code volatile} field), or unbinds it
     * with {@code null}: the consilium's officers of {@link People}, a translator.
     */
    protected static void bind(Object component, String field, Object service) {
        try {
            Field f = findField(component.getClass(), field);
            f.setAccessible(true);
            f.set(component, service);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot bind " + field + " of " + component.getClass().getName(), e);
        }
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

}
