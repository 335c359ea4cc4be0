package org.opora.platform.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

import org.opora.platform.api.security.SystemWork;
import org.opora.platform.api.security.UserAdministration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo roles and users (from {@code demo/users.properties}), created through {@link UserAdministration} when
 * the installation has no users yet, with random passwords written once to a file under the data folder. Active
 * whenever this bundle is installed (feature {@code opora-demo}); there is no built-in password anywhere.
 */
@Component(configurationPid = DemoUsers.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, service = {})
@Designate(ocd = DemoUsersConfig.class)
public class DemoUsers {

    public static final String PID = "org.opora.platform.demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Activate
    public DemoUsers(@Reference UserAdministration users, DemoUsersConfig config) throws Exception {
        // the demo profile's own work, as the system
        SystemWork.call("demo: users", () -> {
            create(users, config);
            return null;
        });
    }

    private static void create(UserAdministration users, DemoUsersConfig config) throws IOException {
        if (!users.users().isEmpty()) {
            return;
        }
        Properties demo = load();
        for (String role : list(demo, "roles")) {
            users.saveRole(role, demo.getProperty("role." + role + ".title", role), Set.of());
        }
        StringBuilder file = new StringBuilder(demo.getProperty("file.header", "")).append("\n\n");
        for (String username : list(demo, "users")) {
            char[] password = DemoPasswords.random(RANDOM);
            users.createUser(username, demo.getProperty("user." + username + ".name"), "", password,
                    new LinkedHashSet<>(list(demo, "user." + username + ".roles")));
            // the demo's people sign in with the passwords printed for them, without being asked to replace them
            users.setPasswordTemporary(username, false);
            file.append(String.format("%-14s %-16s %s%n", username, new String(password),
                    demo.getProperty("user." + username + ".name")));
            Arrays.fill(password, '\0');
        }
        Path path = Path.of(System.getProperty("karaf.data", "data")).resolve(config.passwordFile());
        Files.writeString(path, file, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions apply
        }
        LOG.warn("Demo users created; their passwords are in {}", path.toAbsolutePath());
    }

    private static Properties load() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DemoUsers.class.getResourceAsStream("/demo/users.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> list(Properties p, String key) {
        return new LinkedHashSet<>(Arrays.asList(p.getProperty(key, "").trim().split("\\s*,\\s*")));
    }
}
