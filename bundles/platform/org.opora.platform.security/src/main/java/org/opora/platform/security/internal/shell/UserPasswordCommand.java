package org.opora.platform.security.internal.shell;

import java.security.SecureRandom;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.api.security.UserAdministration;
import org.opora.platform.security.internal.Passwords;

/** Sets a new password (and lifts a lockout). */
@Service
@Command(scope = "opora", name = "user-password", description = "Sets a user's password; without --password a "
        + "random one is generated and printed once.")
public class UserPasswordCommand implements Action {

    @Reference
    UserAdministration users;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Option(name = "--password", aliases = "-p", description = "new password")
    String password;

    @Override
    public Object execute() throws Exception {
        // the console's operator works as the system, explicitly
        return SystemWork.call("console: opora:user-password", this::work);
    }

    private Object work() throws Exception {
        char[] pw = password != null ? password.toCharArray() : Passwords.random(new SecureRandom());
        try {
            users.setPassword(username, pw);
        } catch (IllegalArgumentException e) {
            System.out.println("Refused: " + Messages.english(e.getMessage()));
            return null;
        }
        // printed, not returned: Karaf does not print results of commands run through bin/client
        System.out.println(password != null ? "Password of " + username + " changed."
                : "Password of " + username + " changed. New password (shown once): " + new String(pw));
        return null;
    }
}
