package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.platform.api.security.AccountRefused;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.Role;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.RecordingAudit;
import org.opora.platform.testing.TypedConfig;

/**
 * The role editor's form fed bad values field by field — empty, too long, markup, another alphabet, a title another
 * role has, an unknown permission — each refused with its key (words in Russian and English), no role stored or
 * changed; several refused together.
 */
class RoleFormTest {

    @RegisterExtension
    static final InMemoryUnit UNIT = new InMemoryUnit("opora-security");

    private final FakeSecurityContext security = new FakeSecurityContext();
    private final RecordingAudit audit = new RecordingAudit(security);
    private UserStore store;
    private PermissionCatalog catalog;

    @BeforeEach
    void aTeacherRoleAndTwoDeclaredPermissions() {
        PermissionChanges changes = new PermissionChanges();
        catalog = new PermissionCatalog(UNIT.emf(), changes, audit);
        catalog.addProvider(() -> List.of(new PermissionDefinition("core.pupil.read", "core.perm.pupil.read", Set.of()),
                new PermissionDefinition("core.pupil.edit", "core.perm.pupil.edit", Set.of())));
        store = new UserStore(UNIT.emf(), audit, catalog, changes,
                TypedConfig.of(SecurityConfig.class, Map.of("pbkdf2Iterations", 10_000)));
        store.securityContext = security;
        store.saveRole("teacher", "Teacher", Set.of("core.pupil.read"));
    }

    private static String value(String v) {
        return switch (v) {
            case "LONG_NAME" -> "a".repeat(65);
            case "LONG_TITLE" -> "я".repeat(201);
            default -> v;
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "name       | ''                 | security.error.roleName",
        "name       | a                  | security.error.roleName",
        "name       | LONG_NAME          | security.error.roleName",
        "name       | <b>boss</b>        | security.error.roleName",
        "name       | учитель            | security.error.roleName",
        "name       | Tutor              | security.error.roleName",
        "name       | -tutor             | security.error.roleName",
        "title      | ''                 | security.error.roleTitle",
        "title      | '   '              | security.error.roleTitle",
        "title      | LONG_TITLE         | security.error.roleTitleTooLong",
        "title      | Teacher            | security.error.roleTitleTaken",
        "title      | ' teacher '        | security.error.roleTitleTaken",
        "permission | astrology.read     | security.error.unknownPermission",
        "permission | <script>           | security.error.unknownPermission",
        "permission | ''                 | security.error.unknownPermission"})
    void aBadFieldOfANewRoleIsRefusedWithWordsAndNothingIsStored(String field, String value, String key)
            throws IOException {
        String v = value(value);
        List<Role> before = store.roles();
        audit.clear();

        AccountRefused e = assertThrows(AccountRefused.class, () -> store.saveRole(
                "name".equals(field) ? v : "tutor", "title".equals(field) ? v : "Tutor",
                "permission".equals(field) ? Set.of("core.pupil.read", v) : Set.of("core.pupil.read")));

        assertEquals(List.of(key), e.keys());
        hasWords(key);
        assertEquals(before, store.roles());
        assertEquals(List.of(), audit.entries());
    }

    private static void hasWords(String key) throws IOException {
        for (String file : List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(RoleFormTest.class.getResourceAsStream(file),
                    StandardCharsets.UTF_8)) {
                p.load(r);
            }
            String words = p.getProperty(key, "");
            assertFalse(words.isBlank() || words.contains("'"), () -> "no words for " + key + " in " + file);
        }
    }

    @Test
    void aChangedRoleIsRefusedWithEveryObjectionAtOnceAndKeepsItsTitleAndPermissions() {
        store.saveRole("tutor", "Tutor", Set.of());
        Role kept = store.roles().stream().filter(r -> r.name().equals("tutor")).findFirst().orElseThrow();

        AccountRefused e = assertThrows(AccountRefused.class,
                () -> store.saveRole("tutor", "TEACHER", Set.of("core.pupil.edit", "astrology.read")));

        assertEquals(List.of("security.error.roleTitleTaken", "security.error.unknownPermission"), e.keys());
        assertEquals(kept, store.roles().stream().filter(r -> r.name().equals("tutor")).findFirst().orElseThrow());

        e = assertThrows(AccountRefused.class, () -> store.saveRole("<b>x</b>", "", Set.of("x")));
        assertEquals(List.of("security.error.roleName", "security.error.roleTitle",
                "security.error.unknownPermission"), e.keys());
    }

    @Test
    void markupInTheTitleIsKeptAsTextAndAGrantOfAModuleRemovedForAWhileStays() {
        Role saved = store.saveRole("tutor", "<b>Tutor</b>", Set.of("core.pupil.edit"));
        assertEquals("<b>Tutor</b>", saved.title());

        // the module that declared core.pupil.edit is gone: the role keeps its grant and may be saved with it
        PermissionChanges changes = new PermissionChanges();
        UserStore later = new UserStore(UNIT.emf(), audit, new PermissionCatalog(UNIT.emf(), changes, audit), changes,
                TypedConfig.of(SecurityConfig.class, Map.of("pbkdf2Iterations", 10_000)));
        later.securityContext = security;
        assertEquals(Set.of("core.pupil.edit"), later.saveRole("tutor", "Tutor", Set.of("core.pupil.edit"))
                .permissions());
        assertEquals(Set.of("core.pupil.read"), later.saveRole("tutor", "Tutor", Set.of("core.pupil.read"))
                .permissions(), "a permission declared before is known");
    }
}
