package org.opora.platform.admin.internal.config;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opora.platform.admin.internal.config.ConfigurationFile.Kind;
import org.opora.platform.admin.internal.config.ConfigurationFile.Section;
import org.opora.platform.admin.internal.settings.ConfigurationUpdate;
import org.opora.platform.admin.internal.settings.FieldKind;
import org.opora.platform.admin.internal.settings.SettingField;
import org.opora.platform.admin.internal.settings.SettingValues;
import org.opora.platform.admin.internal.settings.Settings;
import org.opora.platform.admin.internal.settings.SettingsChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.CatalogueEntry;
import org.opora.platform.api.i18n.MessageCatalogue;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.opora.platform.api.settings.SharedSettings;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A school's whole configuration — the settings of every installed Opora module (its regulation variant points:
 * rules, lists, approval chains, texts) and the roles with their permissions — written to one file, read back with a
 * preview of what changes, and applied all or nothing. The presets (the variants of the schools behind the
 * regulations) are such files shipped with the platform.
 * <p>
 * Reading and changing it needs both {@link PlatformPermissions#SETTINGS} and {@link PlatformPermissions#USERS}: it
 * contains who may do what. Passwords and secrets (password attributes) are never written and never changed; the
 * demo profile's settings are not part of a school's configuration.
 */
@Component(service = SchoolConfiguration.class)
public class SchoolConfiguration {

    static final String RECORD_TYPE = "platform.configuration";
    private static final Logger LOG = LoggerFactory.getLogger(SchoolConfiguration.class);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final SettingsChecks checks;
    private final Settings settings;
    private final UserAdministration users;
    private final SecurityContext security;
    private final AuditService audit;
    private final Translator translator;
    private final Presets presets;
    private final MessageCatalogue catalogue;
    private final ConfigurationAdmin configurations;
    private final SharedSettings shared;

    @Activate
    public SchoolConfiguration(BundleContext context, @Reference MetaTypeService metatype,
            @Reference ConfigurationAdmin configurations, @Reference SharedSettings shared,
            @Reference AuditService audit, @Reference SecurityContext security, @Reference UserAdministration users,
            @Reference Translator translator, @Reference MessageCatalogue catalogue) {
        this(new SettingsChecks(), context, metatype, configurations, shared, audit, security, users, translator,
                catalogue);
    }

    private SchoolConfiguration(SettingsChecks checks, BundleContext context, MetaTypeService metatype,
            ConfigurationAdmin configurations, SharedSettings shared, AuditService audit, SecurityContext security,
            UserAdministration users, Translator translator, MessageCatalogue catalogue) {
        this(new Settings(context, metatype, configurations, shared, audit, security, checks), checks, users,
                security, audit, translator, Presets.of(context.getBundle()), catalogue, configurations, shared);
    }

    SchoolConfiguration(Settings settings, SettingsChecks checks, UserAdministration users, SecurityContext security,
            AuditService audit, Translator translator, Presets presets, MessageCatalogue catalogue,
            ConfigurationAdmin configurations, SharedSettings shared) {
        this.catalogue = catalogue;
        this.configurations = configurations;
        this.shared = shared;
        this.settings = settings;
        this.checks = checks;
        this.users = users;
        this.security = security;
        this.audit = audit;
        this.translator = translator;
        this.presets = presets;
    }

    /** The modules' checks of their own settings, as they come and go: an import is checked like a form. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(SettingsCheck check, Map<String, Object> properties) {
        checks.add(check, properties.get(SettingsCheck.PID));
    }

    void removeCheck(SettingsCheck check) {
        checks.remove(check);
    }

    /** The presets shipped with the platform. */
    public List<Presets.Preset> presets() {
        return presets.all();
    }

    /** The preset of an id, if shipped. */
    public Optional<Presets.Preset> preset(String id) {
        return presets.get(id);
    }

    /** Whether the signed-in user may export, import and apply presets. */
    public boolean allowed() {
        return security.currentUser().map(u -> u.has(PlatformPermissions.SETTINGS) && u.has(PlatformPermissions.USERS))
                .orElse(security.system());
    }

    private void requireAllowed() {
        if (security.system()) {
            return; // the console's commands work as the system, explicitly
        }
        security.requirePermission(PlatformPermissions.SETTINGS);
        security.requirePermission(PlatformPermissions.USERS);
    }

    /** The installation's configuration as a file's text; the export is journaled. */
    public String export(Locale locale) throws IOException {
        requireAllowed();
        List<Section> sections = new ArrayList<>();
        Map<String, String> captions = new LinkedHashMap<>();
        for (Settings.Entry entry : describedEntries(locale)) {
            Optional<Settings.Form> form = settings.form(entry, language(locale));
            if (form.isEmpty()) {
                continue;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            StringBuilder caption = new StringBuilder(entry.name());
            boolean defaults = false;
            for (SettingField field : form.get().fields()) {
                Object stored = form.get().stored().get(field.id());
                if (field.kind() == FieldKind.PASSWORD) {
                    continue;
                }
                if (stored != null) {
                    values.put(field.id(), SettingValues.toText(stored).lines().toList());
                    continue;
                }
                if (!defaults) {
                    caption.append('\n').append(translator.translate("admin.config.file.defaults", locale));
                    defaults = true;
                }
                caption.append("\n  ").append(field.id()).append(" = ")
                        .append(String.join(", ", field.defaults()));
            }
            sections.add(new Section(Kind.SETTINGS, entry.pid(), values));
            captions.put("settings " + entry.pid(), caption.toString());
        }
        for (Role role : users.roles()) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            values.put("title", List.of(role.title()));
            values.put("permission", new ArrayList<>(new TreeSet<>(role.permissions())));
            sections.add(new Section(Kind.ROLE, role.name(), values));
            captions.put("role " + role.name(), role.title());
        }
        List<CatalogueEntry> messages = catalogue.entries();
        for (String language : MessageCatalogue.LANGUAGES) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            messages.stream().filter(m -> m.school(language) != null)
                    .forEach(m -> values.put(m.key(), List.of(m.school(language))));
            sections.add(new Section(Kind.TEXTS, language, values));
            captions.put("texts " + language, translator.translate("admin.config.file.texts", locale, language));
        }
        audit.record(new AuditEvent(AuditAction.ADMIN, RECORD_TYPE, "export",
                "exported " + sections.size() + " sections"));
        List<String> heading = List.of(translator.translate("admin.config.file.heading", locale),
                translator.translate("admin.config.file.exported", locale, LocalDate.now().toString()),
                translator.translate("admin.config.file.secrets", locale));
        return new ConfigurationFile(sections).write(heading, s -> captions.get(s.kind().name()
                .toLowerCase(Locale.ROOT) + " " + s.name()));
    }

    /** The plan of a file's text: its problems, or what it would change. Nothing is changed. */
    public Plan plan(String text, Locale locale) throws IOException {
        requireAllowed();
        ConfigurationFile.Read read = ConfigurationFile.read(text);
        if (!read.valid()) {
            // every bad line at once: the malformed ones and what is wrong in the sections that could be read
            List<Text> problems = new ArrayList<>(read.problems().stream()
                    .map(m -> Text.of("admin.config.problem.line", m.line(), Text.of(m.key(), m.detail()))).toList());
            problems.addAll(plan(read.file(), locale).problems());
            problems.sort(java.util.Comparator.comparingInt(SchoolConfiguration::lineOf));
            return new Plan(List.of(), List.of(), problems, List.of());
        }
        return plan(read.file(), locale);
    }

    /** The plan of a preset. */
    public Plan plan(Presets.Preset preset, Locale locale) throws IOException {
        requireAllowed();
        return plan(preset.file(), locale);
    }

    Plan plan(ConfigurationFile file, Locale locale) throws IOException {
        List<Text> problems = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        List<Plan.SettingsChange> changes = new ArrayList<>();
        Map<String, Settings.Entry> entries = describedEntries(locale).stream()
                .collect(Collectors.toMap(Settings.Entry::pid, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        // the core's settings first: a module's setting may name a code the same file adds to the core's lists
        List<Section> ordered = file.sections(Kind.SETTINGS).stream()
                .sorted(java.util.Comparator.comparing(sec -> order(sec.name()))).toList();
        for (Section section : ordered) {
            Settings.Entry entry = entries.get(section.name());
            if (entry == null) {
                notes.add(Text.of("admin.config.note.notInstalled", section.name()));
                continue;
            }
            boolean coreChanges = changes.stream().anyMatch(c -> order(c.pid()) < order(section.name()));
            settingsChange(entry, section, locale, problems, notes, coreChanges).ifPresent(changes::add);
        }
        List<Plan.RoleChange> roles = new ArrayList<>();
        Map<String, Role> existing = users.roles().stream()
                .collect(Collectors.toMap(Role::name, Function.identity()));
        Set<String> known = users.permissions().stream().map(PermissionDefinition::id)
                .collect(Collectors.toSet());
        // the roles' titles once the file is applied: a title is one role's only (the roles editor's rule)
        Map<String, String> titles = new LinkedHashMap<>();
        existing.values().forEach(r -> titles.put(r.name(), r.title()));
        file.sections(Kind.ROLE).forEach(sec -> sec.one("title").ifPresent(t -> titles.put(sec.name(), t)));
        for (Section section : file.sections(Kind.ROLE)) {
            roleChange(section, existing.get(section.name()), known, titles, problems, notes).ifPresent(roles::add);
        }
        // order: the core's settings before the modules' that refer to its lists
        changes.sort(java.util.Comparator.comparing(c -> order(c.pid())));
        Plan.TextsChange texts = textsChange(file.sections(Kind.TEXTS), locale, problems, notes);
        // the problems in the file's order, each naming its line
        problems.sort(java.util.Comparator.comparingInt(SchoolConfiguration::lineOf));
        return new Plan(changes, roles, texts, problems, notes);
    }

    /** A problem of a line: «Line n: …»; as it is for a section built in code (no line). */
    private static Text at(int line, Text problem) {
        return line > 0 ? Text.of("admin.config.problem.at", line, problem) : problem;
    }

    /** The line a problem names, to list the problems in the file's order; those of no line last. */
    private static int lineOf(Text problem) {
        boolean located = problem.key().equals("admin.config.problem.at")
                || problem.key().equals("admin.config.problem.line");
        return located && problem.params().get(0) instanceof Integer line ? line : Integer.MAX_VALUE;
    }

    private Optional<Plan.SettingsChange> settingsChange(Settings.Entry entry, Section section, Locale locale,
            List<Text> problems, List<Text> notes, boolean afterCoreChanges) throws IOException {
        Optional<Settings.Form> form = settings.form(entry, language(locale));
        if (form.isEmpty()) {
            notes.add(Text.of("admin.config.note.notInstalled", section.name()));
            return Optional.empty();
        }
        Map<String, SettingField> fields = new LinkedHashMap<>();
        form.get().fields().forEach(f -> fields.put(f.id(), f));
        for (String key : section.values().keySet()) {
            SettingField field = fields.get(key);
            if (field == null) {
                problems.add(at(section.lineOf(key), Text.of("admin.config.problem.unknownKey", entry.name(), key)));
            } else if (field.kind() == FieldKind.PASSWORD) {
                notes.add(Text.of("admin.config.note.password", entry.name(), field.name()));
            }
        }
        Map<SettingField, Object> values = new LinkedHashMap<>();
        int before = problems.size();
        for (SettingField field : fields.values()) {
            if (field.kind() == FieldKind.PASSWORD) {
                continue;
            }
            List<String> given = section.get(field.id());
            if (!field.multiValued() && given.size() > 1) {
                problems.add(at(section.lineOf(field.id()), Text.of("admin.config.problem.value", entry.name(),
                        field.name(), Text.of("admin.settings.error.tooMany", "1"))));
                continue;
            }
            SettingValues.Parsed parsed = SettingValues.parse(field, String.join("\n", given));
            if (!parsed.valid()) {
                problems.add(at(section.lineOf(field.id()), Text.of("admin.config.problem.value", entry.name(),
                        field.name(), Text.of(parsed.errorKey(), parsed.params()))));
                continue;
            }
            values.put(field, parsed.value());
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<String, SettingProblem> refused = settings.problems(entry.pid(), values, language(locale));
        List<Text> reasons = new ArrayList<>();
        refused.forEach((id, problem) -> reasons.add(at(section.lineOf(id), Text.of("admin.config.problem.value",
                entry.name(), fields.get(id).name(), Text.of("admin.settings.error.line", problem.value(),
                        new Text(problem.reasonKey(), problem.params()))))));
        boolean recheck = false;
        if (!refused.isEmpty()) {
            if (!afterCoreChanges) {
                problems.addAll(reasons);
                return Optional.empty();
            }
            // it may name a code the file adds to the core's lists: checked again once they are applied
            reasons.forEach(r -> notes.add(Text.of("admin.config.note.recheck", r)));
            recheck = true;
        }
        Dictionary<String, Object> stored = settings.storedCopy(entry.pid());
        ConfigurationUpdate update = ConfigurationUpdate.apply(stored, values);
        if (update.isEmpty()) {
            return Optional.empty();
        }
        List<Plan.Change> list = new ArrayList<>();
        for (SettingField field : fields.values()) {
            if (!update.changed().contains(field.id())) {
                continue;
            }
            Object was = stored == null ? null : stored.get(field.id());
            Object will = update.properties().get(field.id());
            list.add(new Plan.Change(field.id(), field.name(), shown(field, was, locale), shown(field, will, locale)));
        }
        return Optional.of(new Plan.SettingsChange(entry.pid(), entry.name(), values, list, recheck));
    }

    /**
     * A value as the preview shows it: the default where nothing is stored (marked so), several values one a line, a
     * switch in words.
     */
    private String shown(SettingField field, Object value, Locale locale) {
        String text = value == null ? field.defaultText() : SettingValues.toText(value);
        String shown = text.lines().map(l -> field.kind() == FieldKind.BOOLEAN
                ? translator.translate("admin.config." + Boolean.parseBoolean(l.strip()), locale) : field.labelOf(l))
                .collect(Collectors.joining("\n"));
        return value == null ? shown + " " + translator.translate("admin.config.default", locale) : shown;
    }

    private Optional<Plan.RoleChange> roleChange(Section section, Role now, Set<String> known,
            Map<String, String> titles, List<Text> problems, List<Text> notes) {
        String name = section.name();
        int before = problems.size();
        // every objection of the section at once: its name, its keys, its title
        if (!name.matches("[a-z][a-z0-9-]{1,63}")) {
            problems.add(at(section.line(), Text.of("admin.config.problem.roleName", name)));
        }
        for (String key : section.values().keySet()) {
            if (!key.equals("title") && !key.equals("permission")) {
                problems.add(at(section.lineOf(key), Text.of("admin.config.problem.roleKey", name, key)));
            }
        }
        List<String> given = section.get("title");
        String title = given.size() == 1 ? given.get(0).strip() : "";
        if (title.isEmpty() || title.length() > 200) {
            problems.add(at(section.lineOf("title"), Text.of("admin.config.problem.roleTitle", name)));
        } else {
            titles.entrySet().stream().filter(e -> !e.getKey().equals(name)
                    && e.getValue().strip().equalsIgnoreCase(title)).map(Map.Entry::getKey).findFirst()
                    .ifPresent(other -> problems.add(at(section.lineOf("title"),
                            Text.of("admin.config.problem.roleTitleTaken", name, title, other))));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Set<String> permissions = new TreeSet<>();
        for (String p : section.get("permission")) {
            if (known.contains(p.strip())) {
                permissions.add(p.strip());
            } else {
                notes.add(Text.of("admin.config.note.permission", name, p.strip()));
            }
        }
        if (now != null && now.title().equals(title) && now.permissions().equals(permissions)) {
            return Optional.empty();
        }
        Set<String> had = now == null ? Set.of() : now.permissions();
        Set<String> added = new TreeSet<>(permissions);
        added.removeAll(had);
        Set<String> removed = new TreeSet<>(had);
        removed.removeAll(permissions);
        return Optional.of(new Plan.RoleChange(name, title, permissions, now == null,
                now == null ? null : now.title(), added, removed));
    }

    /**
     * The school's own texts a file's {@code texts} sections give: each section replaces the school's texts of its
     * language; a language without a section keeps its texts. Null when nothing changes.
     */
    private Plan.TextsChange textsChange(List<Section> sections, Locale locale, List<Text> problems,
            List<Text> notes) throws IOException {
        if (sections.isEmpty()) {
            return null;
        }
        Map<String, CatalogueEntry> messages = catalogue.entries().stream()
                .collect(Collectors.toMap(CatalogueEntry::key, Function.identity(), (a, b) -> a));
        Dictionary<String, Object> stored = textsStored();
        Map<String, Object> properties = new java.util.TreeMap<>();
        if (stored != null) {
            for (java.util.Enumeration<String> keys = stored.keys(); keys.hasMoreElements();) {
                String k = keys.nextElement();
                properties.put(k, stored.get(k));
            }
        }
        List<Plan.Change> changes = new ArrayList<>();
        int before = problems.size();
        for (Section section : sections) {
            String language = section.name();
            if (!MessageCatalogue.LANGUAGES.contains(language)) {
                problems.add(at(section.line(), Text.of("admin.config.problem.textsLanguage", language)));
                continue;
            }
            Map<String, String> now = new LinkedHashMap<>();
            properties.keySet().removeIf(k -> {
                if (k.startsWith(language + ".")) {
                    now.put(k.substring(language.length() + 1), String.valueOf(properties.get(k)));
                    return true;
                }
                return false;
            });
            Map<String, String> wanted = new LinkedHashMap<>();
            section.values().forEach((key, values) -> {
                CatalogueEntry entry = messages.get(key);
                if (entry == null) {
                    notes.add(Text.of("admin.config.note.text", language, key));
                    return;
                }
                String text = values.size() == 1 ? values.get(0).strip() : "";
                String module = entry.module(language) != null ? entry.module(language) : entry.moduleRu();
                if (text.isEmpty() || values.size() > 1) {
                    problems.add(at(section.lineOf(key), Text.of("admin.config.problem.textOne", language, key)));
                    return;
                }
                try {
                    org.opora.platform.admin.internal.texts.TextRule.check(language, module, text);
                } catch (org.opora.platform.admin.internal.texts.TextRefused e) {
                    problems.add(at(section.lineOf(key), Text.of("admin.config.problem.text", language, key,
                            new Text(e.reasonKey(), List.of(e.params())))));
                    return;
                }
                if (!text.equals(module)) {
                    wanted.put(key, text);
                }
            });
            wanted.forEach((key, text) -> properties.put(MessageCatalogue.property(language, key), text));
            java.util.SortedSet<String> keys = new java.util.TreeSet<>(now.keySet());
            keys.addAll(wanted.keySet());
            for (String key : keys) {
                String was = now.get(key);
                String will = wanted.get(key);
                if (!java.util.Objects.equals(was, will)) {
                    CatalogueEntry entry = messages.get(key);
                    String module = entry == null ? "" : String.valueOf(entry.module(language) != null
                            ? entry.module(language) : entry.moduleRu());
                    String dflt = " " + translator.translate("admin.config.moduleText", locale);
                    changes.add(new Plan.Change(MessageCatalogue.property(language, key), language + ": " + key,
                            was == null ? module + dflt : was, will == null ? module + dflt : will));
                }
            }
        }
        if (problems.size() > before || changes.isEmpty()) {
            return null;
        }
        return new Plan.TextsChange(properties, changes);
    }

    /** The stored configuration of the school's texts, or null. */
    private Dictionary<String, Object> textsStored() throws IOException {
        try {
            org.osgi.service.cm.Configuration[] found = configurations.listConfigurations("(service.pid="
                    + MessageCatalogue.PID + ")");
            return found == null || found.length == 0 ? null : found[0].getProperties();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IOException(e);
        }
    }

    private void storeTexts(Dictionary<String, Object> properties) throws IOException {
        shared.store(MessageCatalogue.PID, properties);
    }

    /**
     * Applies a valid plan: every configuration and role, or — when one cannot be changed — none: what was changed
     * before is put back. Journaled.
     *
     * @throws IllegalArgumentException for a plan with problems
     * @throws ImportFailed             when a change failed; everything is as it was
     */
    public void apply(Plan plan, String source) {
        requireAllowed();
        if (!plan.valid()) {
            throw new IllegalArgumentException("a plan with problems cannot be applied");
        }
        audit.record(new AuditEvent(AuditAction.ADMIN, RECORD_TYPE, source, "applying " + plan.settings().size()
                + " settings and " + plan.roles().size() + " roles"));
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            for (Plan.SettingsChange change : plan.settings()) {
                Dictionary<String, Object> was = settings.storedCopy(change.pid());
                undo.push(() -> restore(change.pid(), was));
                if (change.recheck()) {
                    awaitAccepted(change);
                }
                settings.save(change.pid(), change.values(), null);
            }
            if (plan.texts() != null) {
                Dictionary<String, Object> was = textsStored();
                Dictionary<String, Object> copy = was == null ? null : new java.util.Hashtable<>(toMap(was));
                undo.push(() -> {
                    try {
                        storeTexts(copy);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                audit.record(new AuditEvent(AuditAction.ADMIN, "school-text", "import",
                        "school's texts from " + source + ": " + plan.texts().changes().size() + " changed"));
                storeTexts(new java.util.Hashtable<>(plan.texts().properties()));
            }
            Map<String, Role> existing = users.roles().stream()
                    .collect(Collectors.toMap(Role::name, Function.identity()));
            for (Plan.RoleChange role : plan.roles()) {
                Role was = existing.get(role.name());
                undo.push(() -> users.saveRole(role.name(), was == null ? role.title() : was.title(),
                        was == null ? Set.of() : was.permissions()));
                users.saveRole(role.name(), role.title(), role.permissions());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Applying the configuration from {} failed; putting back what was changed", source, e);
            while (!undo.isEmpty()) {
                try {
                    undo.pop().run();
                } catch (RuntimeException again) {
                    LOG.error("Could not put back a change after the failed configuration import", again);
                }
            }
            throw new ImportFailed(e);
        }
        LOG.info("Configuration from {} applied: {} settings, {} roles", source, plan.settings().size(),
                plan.roles().size());
    }

    /**
     * Waits (at most {@value #RECHECK_MILLIS} ms) until the modules' checks accept a configuration that names codes
     * the import has just added to the core's lists: the core takes its new settings a moment after they are stored.
     * Saving it afterwards checks it once more and refuses it if it is still wrong.
     */
    private void awaitAccepted(Plan.SettingsChange change) {
        long end = System.currentTimeMillis() + RECHECK_MILLIS;
        while (!settings.problems(change.pid(), change.values(), null).isEmpty()
                && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final long RECHECK_MILLIS = 10_000;

    private static Map<String, Object> toMap(Dictionary<String, Object> d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (java.util.Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            m.put(k, d.get(k));
        }
        return m;
    }

    private void restore(String pid, Dictionary<String, Object> was) {
        try {
            settings.restore(pid, was);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A configuration change failed half-way and was undone. */
    public static final class ImportFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ImportFailed(Throwable cause) {
            super(cause);
        }
    }

    /** The described singleton configurations of the school (the demo profile's left out). */
    private List<Settings.Entry> describedEntries(Locale locale) {
        return settings.entries(language(locale)).stream()
                .filter(e -> !e.factory() && !e.bundle().endsWith(".demo"))
                .sorted(java.util.Comparator.comparing((Settings.Entry e) -> order(e.pid())))
                .toList();
    }

    private static int order(String pid) {
        if (pid.startsWith("org.opora.platform.")) {
            return 0;
        }
        return pid.startsWith("org.opora.core.") ? 1 : 2;
    }

    private static String language(Locale locale) {
        return (locale == null ? RUSSIAN : locale).getLanguage();
    }
}
