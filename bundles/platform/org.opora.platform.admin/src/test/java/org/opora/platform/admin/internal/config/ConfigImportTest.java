package org.opora.platform.admin.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.platform.admin.internal.OneNode;
import org.opora.platform.admin.internal.settings.FakeAd;
import org.opora.platform.admin.internal.settings.Settings;
import org.opora.platform.admin.internal.settings.SettingsChecks;
import org.opora.platform.admin.internal.shell.ConfigImportCommand;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAdministration;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The configuration import fed bad lines one at a time — malformed, an unknown setting, a value out of range or not
 * in the list, a role's bad name, key or title, a title another role has — each reported with its line number and
 * reason in words, nothing applied; a file with several bad lines reports every one of them at once, in the file's
 * order, and the console command applies none and keeps the old values.
 */
class ConfigImportTest {

    private static final String PID = "org.opora.core.rules";
    private static final List<String> GOOD = List.of(
        "format = opora-school-configuration 1",
        "[settings org.opora.core.rules]",
        "minPupilAge = 7",
        "mode = strict",
        "[role tutor]",
        "title = Tutor",
        "permission = core.pupil.read");

    private final List<String> saved = new ArrayList<>();
    private final Hashtable<String, Object> stored = new Hashtable<>(Map.of("minPupilAge", 6, "mode", "lenient"));
    private final SchoolConfiguration configuration = configuration();
    private final Translator english = translator("/i18n/messages_en.properties");

    private SchoolConfiguration configuration() {
        AttributeDefinition[] ads = {new FakeAd("minPupilAge", AttributeDefinition.INTEGER).defaults("5").min(3)
                .max(10), new FakeAd("mode", AttributeDefinition.STRING).options(new String[] {"strict", "lenient"},
                        new String[] {"Strict", "Lenient"})};
        OporaUser admin = new OporaUser("admin", "Admin", Set.of(), Set.of(PlatformPermissions.SETTINGS,
                PlatformPermissions.USERS), Locale.ENGLISH);
        AuditService audit = new AuditService() {
            public void record(AuditEvent e) {
            }
            public void record(String actor, AuditEvent e) {
            }
            public void recordInTransaction(java.sql.Connection transaction, AuditEvent e) {
            }
            public void recordInTransaction(java.sql.Connection transaction, String actor, AuditEvent e) {
            }
            public List<AuditRecord> find(AuditQuery q, int offset, int limit) {
                return List.of();
            }
            public int count(AuditQuery q) {
                return 0;
            }
        };
        // one module's configuration as Karaf would describe and store it
        Bundle bundle = fake(Bundle.class, Map.of("getSymbolicName", a -> "org.opora.core.impl",
                "getState", a -> Bundle.ACTIVE, "getBundleId", a -> 7L));
        ObjectClassDefinition ocd = fake(ObjectClassDefinition.class, Map.of("getName", a -> "Rules",
                "getDescription", a -> "", "getID", a -> PID, "getAttributeDefinitions", a -> ads));
        MetaTypeInformation info = fake(MetaTypeInformation.class, Map.of("getPids", a -> new String[] {PID},
                "getFactoryPids", a -> new String[0], "getObjectClassDefinition", a -> ocd, "getBundle", a -> bundle));
        Configuration stored = fake(Configuration.class, Map.of("getProperties", a -> this.stored,
                "updateIfDifferent", a -> saved.add("settings " + PID), "update", a -> saved.add("settings " + PID)));
        ConfigurationAdmin cm = fake(ConfigurationAdmin.class, Map.of(
                "listConfigurations", a -> new Configuration[] {stored}, "getConfiguration", a -> stored));
        BundleContext context = fake(BundleContext.class, Map.of("getBundles", a -> new Bundle[] {bundle},
                "getBundle", a -> bundle));
        MetaTypeService metatype = fake(MetaTypeService.class, Map.of("getMetaTypeInformation", a -> info));
        SettingsChecks checks = new SettingsChecks();
        Settings settings = new Settings(context, metatype, cm, OneNode.ifDifferent(cm),
                audit, () -> Optional.of(admin), checks);
        UserAdministration users = (UserAdministration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserAdministration.class}, (p, m, args) -> switch (m.getName()) {
                    case "roles" -> List.of(new Role("teacher", "Teacher", Set.of("core.pupil.read")));
                    case "permissions" -> List.of(new PermissionDefinition("core.pupil.read", "core.perm.read",
                            Set.of()));
                    case "saveRole" -> {
                        saved.add("role " + args[0]);
                        yield null;
                    }
                    default -> throw new AssertionError("unexpected call: " + m.getName());
                });
        return new SchoolConfiguration(settings, checks, users, () -> Optional.of(admin), audit,
                translator("/i18n/messages.properties"), new Presets(List.of()), null, null,
                OneNode.ifDifferent(cm));
    }

    /** An implementation of an interface that answers the named methods and refuses any other call. */
    private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(ConfigImportTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> switch (m.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> type.getSimpleName();
                    default -> {
                        Function<Object[], Object> answer = answers.get(m.getName());
                        if (answer == null) {
                            throw new AssertionError("unexpected call: " + m.getName());
                        }
                        yield answer.apply(args);
                    }
                }));
    }

    private static Translator translator(String file) {
        Properties messages = new Properties();
        try (Reader r = new InputStreamReader(ConfigImportTest.class.getResourceAsStream(file),
                StandardCharsets.UTF_8)) {
            messages.load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return (key, locale, params) -> messages.containsKey(key)
                ? new MessageFormat(messages.getProperty(key), locale).format(params) : key;
    }

    private static String file(int line, String text) {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(line - 1, text.replace("LONG", "я".repeat(201)));
        return String.join("\n", lines) + "\n";
    }

    @Test
    void theGoodFileIsAcceptedAndChangesTheSettingsAndAddsTheRole() throws IOException {
        Plan plan = configuration.plan(String.join("\n", GOOD), Locale.ENGLISH);
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(PID), plan.settings().stream().map(Plan.SettingsChange::pid).toList());
        assertEquals(List.of("tutor"), plan.roles().stream().map(Plan.RoleChange::name).toList());
    }

    @ParameterizedTest(name = "[{index}] line {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "1 | format = something else            | admin.config.problem.line | admin.config.file.format",
        "2 | [settings org.opora.core.rules     | admin.config.problem.line | admin.config.file.section",
        "3 | minPupilAge = 42                   | admin.config.problem.at   | admin.config.problem.value",
        "3 | minPupilAge = seven                | admin.config.problem.at   | admin.config.problem.value",
        "3 | colour = green                     | admin.config.problem.at   | admin.config.problem.unknownKey",
        "3 | <b>x</b> = 1                       | admin.config.problem.line | admin.config.file.key",
        "3 | no sign of a setting               | admin.config.problem.line | admin.config.file.line",
        "4 | mode = chaos                       | admin.config.problem.at   | admin.config.problem.value",
        "4 | mode = <script>                    | admin.config.problem.at   | admin.config.problem.value",
        "4 | mode = a\\q                        | admin.config.problem.line | admin.config.file.escape",
        "5 | [role Tutor]                       | admin.config.problem.at   | admin.config.problem.roleName",
        "5 | [role <b>x</b>]                    | admin.config.problem.line | admin.config.file.name",
        "5 | [settings org.opora.core.rules]    | admin.config.problem.line | admin.config.file.twice",
        "6 | title = \\s                        | admin.config.problem.at   | admin.config.problem.roleTitle",
        "6 | title = LONG                       | admin.config.problem.at   | admin.config.problem.roleTitle",
        "6 | title = TEACHER                    | admin.config.problem.at   | admin.config.problem.roleTitleTaken",
        "7 | colour = red                       | admin.config.problem.at   | admin.config.problem.roleKey"})
    void aBadLineIsReportedWithItsNumberAndReasonAndNothingIsApplied(int line, String text, String located,
            String reason) throws IOException {
        Plan plan = configuration.plan(file(line, text), Locale.ENGLISH);

        assertFalse(plan.valid());
        assertEquals(1, plan.problems().size(), () -> plan.problems().toString());
        Text problem = plan.problems().get(0);
        assertEquals(List.of(located, line, reason), List.of(problem.key(), problem.params().get(0),
                ((Text) problem.params().get(1)).key()));
        String words = problem.in(english, Locale.ENGLISH);
        assertTrue(words.startsWith("Line " + line + ": "), words);
        assertFalse(words.contains("admin.") || words.contains("{"), words);
        assertFalse(problem.in(translator("/i18n/messages.properties"), Locale.forLanguageTag("ru"))
                .contains("admin."));
        assertThrows(IllegalArgumentException.class, () -> configuration.apply(plan, "test"));
        assertEquals(List.of(), saved);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static final String BAD = String.join("\n",
        "format = opora-school-configuration 1",
        "[settings org.opora.core.rules]",
        "minPupilAge = 42",
        "colour = green",
        "mode = chaos",
        "this line has no sign",
        "[role tutor]",
        "title = Teacher",
        "permission = astrology.read",
        "[role Bad_Name]",
        "title = \\s",
        "colour = red",
        "[role mentor]",
        "title = Mentor") + "\n";

    @Test
    void everyBadLineIsReportedAtOnceInTheFilesOrder() throws IOException {
        Plan plan = configuration.plan(BAD, Locale.ENGLISH);

        assertEquals(List.of(3, 4, 5, 6, 8, 10, 11, 12), plan.problems().stream().map(p -> p.params().get(0))
                .toList());
        assertEquals(List.of(
                "Line 3: Settings «Rules», «Name of minPupilAge»: The value «42» is out of range: from 3 to 10.",
                "Line 4: Settings «Rules» have no setting «colour».",
                "Line 5: Settings «Rules», «Name of mode»: The value «chaos» is not one of the allowed values.",
                "Line 6: line «this line has no sign» not understood: «setting = value» expected.",
                "Line 8: Role «tutor»: the title «Teacher» is the role «teacher»’s already; each role has its own "
                        + "title.",
                "Line 10: Role «Bad_Name»: Bad_Name is not an allowed role name (lower-case Latin letters, digits "
                        + "and hyphens, 2 to 64 characters).",
                "Line 11: Role «Bad_Name»: give one title, at most 200 characters.",
                "Line 12: Role «Bad_Name»: «colour» not understood; a role has only title and permission."),
                plan.problems().stream().map(p -> p.in(english, Locale.ENGLISH)).toList());
    }

    @Test
    void theConsoleCommandListsEveryBadLineAndAppliesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("school.opora");
        Files.writeString(file, BAD, StandardCharsets.UTF_8);
        ConfigImportCommand command = new ConfigImportCommand();
        // the fields Karaf's shell injects
        set(command, "configuration", configuration);
        set(command, "translator", english);
        set(command, "file", file.toString());

        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(out);
        }

        String text = printed.toString(StandardCharsets.UTF_8);
        for (int line : List.of(3, 4, 5, 6, 8, 10, 11, 12)) {
            assertTrue(text.contains("  - Line " + line + ": "), () -> "line " + line + " in\n" + text);
        }
        assertEquals(List.of(), saved);
        assertEquals(6, stored.get("minPupilAge"), "the old values are kept");
    }
}
