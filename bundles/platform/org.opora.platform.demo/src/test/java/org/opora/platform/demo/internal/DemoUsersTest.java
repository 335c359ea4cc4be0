package org.opora.platform.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.api.security.UserAdministration;

/** The demo users of an empty installation, and their password file as the browser tests read it. */
class DemoUsersTest {

    private static final Pattern LINE = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+(.+)$", Pattern.MULTILINE);

    @TempDir
    Path data;

    @Test
    void anEmptyInstallationGetsTheDemoRolesAndUsersWithTheirPasswordsInTheFile() throws Exception {
        Users users = new Users();
        new DemoUsers(users, config(data.resolve("opora-demo-users.txt")));

        assertEquals(List.of("director", "deputy", "head-of-service", "specialist", "class-teacher", "teacher"),
                users.roles);
        assertEquals(List.of("admin", "director", "deputy", "head", "psychologist", "socped", "teacher"),
                List.copyOf(users.passwords.keySet()));
        assertEquals(List.copyOf(users.passwords.keySet()), users.kept, "no demo user is asked to replace theirs");
        assertEquals(Set.of("head-of-service", "specialist"), users.roles("head"));
        String file = Files.readString(data.resolve("opora-demo-users.txt"), StandardCharsets.UTF_8);
        assertTrue(file.startsWith("ДЕМОНСТРАЦИОННЫЕ ПОЛЬЗОВАТЕЛИ"), file);
        Map<String, String> listed = new HashMap<>();
        Matcher m = LINE.matcher(file);
        while (m.find()) {
            listed.put(m.group(1), m.group(2));
        }
        users.passwords.forEach((username, password) -> {
            assertEquals(password, listed.get(username), username);
            assertEquals(14, password.length());
        });
        assertTrue(file.contains("Морозова Ольга Дмитриевна"));
    }

    @Test
    void anInstallationWithUsersIsLeftAlone() throws Exception {
        Users users = new Users();
        users.existing.add(new UserAccount("admin", "Admin", "", true, Set.of("administrator"), null, null,
                Locale.ROOT));
        new DemoUsers(users, config(data.resolve("opora-demo-users.txt")));

        assertTrue(users.passwords.isEmpty() && users.roles.isEmpty());
        assertFalse(Files.exists(data.resolve("opora-demo-users.txt")));
    }

    private static DemoUsersConfig config(Path file) {
        return new DemoUsersConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoUsersConfig.class;
            }

            @Override
            public String passwordFile() {
                return file.toString();
            }
        };
    }

    /** Records what the demo creates; only the calls the demo makes are answered. */
    private static final class Users implements UserAdministration {

        final List<UserAccount> existing = new ArrayList<>();
        final List<String> roles = new ArrayList<>();
        final Map<String, String> passwords = new LinkedHashMap<>();
        /** The accounts whose printed passwords are not temporary. */
        final List<String> kept = new ArrayList<>();
        private final Map<String, Set<String>> userRoles = new HashMap<>();

        Set<String> roles(String username) {
            return userRoles.get(username);
        }

        @Override
        public List<UserAccount> users() {
            return existing;
        }

        @Override
        public Optional<UserAccount> user(String username) {
            return Optional.empty();
        }

        @Override
        public UserAccount createUser(String username, String displayName, String email, char[] password,
                Set<String> roles) {
            passwords.put(username, new String(password));
            userRoles.put(username, Set.copyOf(roles));
            return new UserAccount(username, displayName, email, true, roles, null, null, Locale.ROOT);
        }

        @Override
        public UserAccount updateUser(String username, String displayName, String email, boolean enabled,
                Set<String> roles) {
            throw new AssertionError("unexpected call");
        }

        @Override
        public void setPassword(String username, char[] password) {
            throw new AssertionError("unexpected call");
        }

        @Override
        public void changeOwnPassword(String username, char[] currentPassword, char[] newPassword) {
            throw new AssertionError("unexpected call");
        }

        @Override
        public boolean passwordChangeRequired(String username) {
            throw new AssertionError("unexpected call");
        }

        @Override
        public void setPasswordTemporary(String username, boolean temporary) {
            if (temporary) {
                throw new AssertionError("the demo keeps its printed passwords");
            }
            kept.add(username);
        }

        @Override
        public void setLocale(String username, Locale locale) {
            throw new AssertionError("unexpected call");
        }

        @Override
        public void unlock(String username) {
            throw new AssertionError("unexpected call");
        }

        @Override
        public List<Role> roles() {
            return List.of();
        }

        @Override
        public Role saveRole(String name, String title, Set<String> permissions) {
            roles.add(name);
            return new Role(name, title, permissions);
        }

        @Override
        public List<PermissionDefinition> permissions() {
            return List.of();
        }

        @Override
        public Optional<OporaUser> resolve(String username) {
            return Optional.empty();
        }
    }
}
