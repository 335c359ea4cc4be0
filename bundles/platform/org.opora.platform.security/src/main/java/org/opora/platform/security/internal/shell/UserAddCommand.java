package org.opora.platform.security.internal.shell;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.security.internal.Passwords;

/** Creates a user; this is how the first administrator of a real installation is made. */
@Service
@Command(scope = "opora", name = "user-add", description = "Creates an Opora user. Without --password a random "
        + "password is generated and printed once.")
public class UserAddCommand implements Action {

    @Reference
    UserAdministration users;

    @Argument(index = 0, name = "username", required = true, description = "login name (lower case, 3-64 chars)")
    String username;

    @Argument(index = 1, name = "displayName", required = true, description = "full name, quoted")
    String displayName;

    @Option(name = "--role", aliases = "-r", multiValued = true, description = "role name, e.g. administrator")
    List<String> roles;

    @Option(name = "--password", aliases = "-p", description = "initial password (else a random one is printed)")
    String password;

    @Option(name = "--email", aliases = "-e", description = "e-mail address")
    String email;

    @Override
    public Object execute() throws Exception {
        // the console's operator works as the system, explicitly
        return SystemWork.call("console: opora:user-add", this::work);
    }

    private Object work() throws Exception {
        char[] pw = password != null ? password.toCharArray() : Passwords.random(new SecureRandom());
        try {
            users.createUser(username, displayName, email, pw, new LinkedHashSet<>(roles == null ? List.of() : roles));
        } catch (IllegalArgumentException e) {
            System.out.println("Refused: " + Messages.english(e.getMessage()));
            return null;
        }
        // printed, not returned: Karaf does not print results of commands run through bin/client
        System.out.println(password != null ? "User " + username + " created."
                : "User " + username + " created. Password (shown once): " + new String(pw));
        return null;
    }
}
