package org.opora.platform.admin.internal.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.SortedSet;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SharedSettings;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of every Opora component that describes its configuration with metatype: what they are (from
 * {@link MetaTypeService}) and what is stored (read from {@link ConfigurationAdmin}). Every change is written to the
 * audit journal and stored through {@link SharedSettings}, so that every node of the installation has it.
 */
public final class Settings {

    static final String PREFIX = "org.opora.";
    static final String RECORD_TYPE = "platform.config";

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final int LIVE = Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE;

    private final BundleContext context;
    private final MetaTypeService metatype;
    private final ConfigurationAdmin configurations;
    private final AuditService audit;
    private final SecurityContext security;
    private final SettingsChecks checks;
    private final SharedSettings shared;

    public Settings(BundleContext context, MetaTypeService metatype, ConfigurationAdmin configurations,
            SharedSettings shared, AuditService audit, SecurityContext security) {
        this(context, metatype, configurations, shared, audit, security, new SettingsChecks());
    }

    public Settings(BundleContext context, MetaTypeService metatype, ConfigurationAdmin configurations,
            SharedSettings shared, AuditService audit, SecurityContext security, SettingsChecks checks) {
        this.checks = checks;
        this.shared = shared;
        this.context = context;
        this.metatype = metatype;
        this.configurations = configurations;
        this.audit = audit;
        this.security = security;
    }

    /**
     * A described configuration.
     *
     * @param pid         the (factory) PID
     * @param name        the definition's name in the user's language where the bundle translates it
     * @param description the definition's description, may be empty
     * @param bundle      symbolic name of the bundle that describes it
     * @param bundleId    id of that bundle
     * @param factory     whether it is a factory PID (several configurations; not edited here)
     */
    public record Entry(String pid, String name, String description, String bundle, long bundleId,
            boolean factory) {
    }

    /**
     * What the settings form shows for one configuration.
     *
     * @param entry   the configuration
     * @param fields  its attributes
     * @param stored  the stored properties; empty when no configuration is stored
     */
    public record Form(Entry entry, List<SettingField> fields, Map<String, Object> stored) {

        /** Whether no attribute has a stored value: every one has its default. */
        public boolean defaultsInEffect() {
            return fields.stream().noneMatch(f -> stored.containsKey(f.id()));
        }

        /** Whether a configuration is stored (and so can be reset). */
        public boolean exists() {
            return !stored.isEmpty();
        }
    }

    /** The described configurations of the Opora bundles: singletons first, then by name. */
    public List<Entry> entries(String locale) {
        List<Entry> entries = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name == null || !name.startsWith(PREFIX) || (b.getState() & LIVE) == 0) {
                continue;
            }
            MetaTypeInformation info = metatype.getMetaTypeInformation(b);
            if (info == null) {
                continue;
            }
            add(entries, b, info, info.getPids(), false, locale);
            add(entries, b, info, info.getFactoryPids(), true, locale);
        }
        entries.sort(Comparator.comparing(Entry::factory).thenComparing(Entry::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Entry::pid));
        return entries;
    }

    private static void add(List<Entry> entries, Bundle b, MetaTypeInformation info, String[] pids, boolean factory,
            String locale) {
        for (String pid : pids == null ? new String[0] : pids) {
            ocd(info, pid, locale).ifPresent(ocd -> entries.add(new Entry(pid, ocd.getName() == null ? pid
                    : ocd.getName(), ocd.getDescription() == null ? "" : ocd.getDescription(), b.getSymbolicName(),
                    b.getBundleId(), factory)));
        }
    }

    /** The form of a configuration; empty if its bundle or definition went away meanwhile. */
    public Optional<Form> form(Entry entry, String locale) throws IOException {
        Bundle b = context.getBundle(entry.bundleId());
        MetaTypeInformation info = b == null ? null : metatype.getMetaTypeInformation(b);
        Optional<ObjectClassDefinition> ocd = info == null ? Optional.empty() : ocd(info, entry.pid(), locale);
        if (ocd.isEmpty()) {
            return Optional.empty();
        }
        AttributeDefinition[] ads = ocd.get().getAttributeDefinitions(ObjectClassDefinition.ALL);
        List<SettingField> fields = ads == null ? List.of() : Arrays.stream(ads).map(SettingField::of).toList();
        Dictionary<String, Object> props = stored(entry.pid());
        Map<String, Object> stored = new HashMap<>();
        if (props != null) {
            for (Enumeration<String> keys = props.keys(); keys.hasMoreElements();) {
                String k = keys.nextElement();
                stored.put(k, props.get(k));
            }
        }
        return Optional.of(new Form(entry, fields, stored));
    }

    /**
     * Stores the form's values (a null value: the field was left empty).
     *
     * @return the keys that changed; empty if nothing was stored
     * @throws SettingsRefused when a module's {@link org.opora.platform.api.settings.SettingsCheck} refuses a
     *                         value; nothing is stored
     */
    public SortedSet<String> save(String pid, Map<SettingField, Object> values) throws IOException {
        return save(pid, values, null);
    }

    /**
     * Stores the form's values as {@link #save(String, Map)}; a setting of another configuration named in a refusal
     * is named in the locale's language.
     */
    public SortedSet<String> save(String pid, Map<SettingField, Object> values, String locale) throws IOException {
        requireMayChange(pid);
        Map<String, SettingProblem> problems = checks.problems(pid, values);
        if (problems.isEmpty()) {
            problems.putAll(removedButUsed(pid, values, locale));
        }
        if (!problems.isEmpty()) {
            throw new SettingsRefused(pid, problems);
        }
        ConfigurationUpdate update = ConfigurationUpdate.apply(stored(pid), values);
        if (!update.isEmpty()) {
            // journaled first: a change the journal cannot record is not made (AuditUnavailableException)
            audit.record(new AuditEvent(AuditAction.ADMIN, RECORD_TYPE, pid, "changed: " + update.changed()));
            shared.store(pid, update.properties());
            LOG.info("Configuration {} changed: {}", pid, update.changed());
        }
        return update.changed();
    }

    /**
     * The problems the modules' checks find in values about to be stored, by attribute id (what {@link #save} would
     * refuse); empty when they may be stored.
     */
    public Map<String, SettingProblem> problems(String pid, Map<SettingField, Object> values, String locale) {
        Map<String, SettingProblem> problems = checks.problems(pid, values);
        if (problems.isEmpty()) {
            problems.putAll(removedButUsed(pid, values, locale));
        }
        return problems;
    }

    /** A copy of the stored properties of a configuration, or null when none is stored. */
    public Dictionary<String, Object> storedCopy(String pid) throws IOException {
        Dictionary<String, Object> props = stored(pid);
        if (props == null) {
            return null;
        }
        java.util.Hashtable<String, Object> copy = new java.util.Hashtable<>();
        for (Enumeration<String> keys = props.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            copy.put(k, props.get(k));
        }
        return copy;
    }

    /**
     * Puts back properties taken with {@link #storedCopy} (null: none were stored), when a change of several
     * configurations failed half-way; journaled like a save.
     */
    public void restore(String pid, Dictionary<String, Object> properties) throws IOException {
        requireMayChange(pid);
        audit.record(new AuditEvent(AuditAction.ADMIN, RECORD_TYPE, pid, "restored after a failed change"));
        shared.store(pid, properties);
        LOG.warn("Configuration {} put back as it was before a failed change", pid);
    }

    /** The modules' checks: which attributes are coded lists, and their built-in labels. */
    public SettingsChecks checks() {
        return checks;
    }

    /**
     * A code removed from a coded list while another configuration's setting uses it: refused on the list's field,
     * naming that setting (the consilium rules' "Required specialists").
     */
    private Map<String, SettingProblem> removedButUsed(String pid, Map<SettingField, Object> values, String locale) {
        Map<String, SettingProblem> problems = new LinkedHashMap<>();
        Set<String> coded = checks.codedLists(pid);
        List<SettingsChecks.Use> uses = coded.isEmpty() ? List.of() : checks.usesOf(pid);
        values.forEach((field, value) -> {
            if (!coded.contains(field.id())) {
                return;
            }
            List<String> lines = value == null ? field.defaults() : SettingsChecks.lines(value);
            Set<String> codes = lines.stream().map(l -> CodedLine.parse(l).code()).collect(Collectors.toSet());
            uses.stream().filter(u -> u.use().list().equals(field.id()) && !codes.contains(u.use().code()))
                    .findFirst().ifPresent(u -> problems.put(field.id(), SettingProblem.of(u.use().code(),
                            "admin.settings.code.used", settingName(u.usedBy(), u.use().attribute(), locale))));
        });
        return problems;
    }

    /** «Name of the configuration» → «name of the attribute» in the language, or the ids when not described. */
    String settingName(String pid, String attribute, String locale) {
        for (Entry e : context == null ? List.<Entry>of() : entries(locale)) {
            if (e.pid().equals(pid)) {
                try {
                    String field = form(e, locale).flatMap(f -> f.fields().stream()
                            .filter(x -> x.id().equals(attribute)).findFirst()).map(SettingField::name)
                            .orElse(attribute);
                    return "«" + e.name() + "» → «" + field + "»";
                } catch (IOException ex) {
                    LOG.debug("Configuration {} could not be read for its name", pid, ex);
                }
            }
        }
        return pid + " → " + attribute;
    }

    /** Deletes the stored configuration: the component's defaults apply again. */
    public void reset(String pid) throws IOException {
        requireMayChange(pid);
        audit.record(new AuditEvent(AuditAction.ADMIN, RECORD_TYPE, pid, "reset to defaults"));
        shared.store(pid, null);
        LOG.info("Configuration {} reset to defaults", pid);
    }

    /**
     * The settings that decide who gets in (sign-in and passwords, the health endpoint's token, the demo profile
     * with its users): changed only by who also administers the users.
     */
    static final Set<String> SECURITY_PIDS = Set.of("org.opora.platform.security", "org.opora.platform.health",
            "org.opora.platform.demo", "org.opora.core.demo");

    /** The permissions needed to change the configuration: the settings', and for security settings the users'. */
    static List<String> permissionsToChange(String pid) {
        return SECURITY_PIDS.contains(pid) ? List.of(PlatformPermissions.SETTINGS, PlatformPermissions.USERS)
                : List.of(PlatformPermissions.SETTINGS);
    }

    private void requireMayChange(String pid) {
        if (security.system()) {
            return; // the system's explicit work (a console command) holds every permission
        }
        permissionsToChange(pid).forEach(security::requirePermission);
    }

    /** The stored properties, or null when none are stored (without creating an empty configuration). */
    private Dictionary<String, Object> stored(String pid) throws IOException {
        Configuration[] found = list(pid);
        return found.length == 0 ? null : found[0].getProperties();
    }

    private Configuration[] list(String pid) throws IOException {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + escape(pid) + ")");
            return found == null ? new Configuration[0] : found;
        } catch (InvalidSyntaxException e) {
            throw new IOException("Bad PID " + pid, e);
        }
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }

    /** The definition in the user's language; a provider that rejects the locale is asked for its default. */
    private static Optional<ObjectClassDefinition> ocd(MetaTypeInformation info, String pid, String locale) {
        try {
            return Optional.ofNullable(info.getObjectClassDefinition(pid, locale));
        } catch (IllegalArgumentException e) {
            try {
                return Optional.ofNullable(info.getObjectClassDefinition(pid, null));
            } catch (IllegalArgumentException again) {
                LOG.debug("No metatype definition for {}", pid, again);
                return Optional.empty();
            }
        }
    }
}
