package org.opora.platform.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.api.security.UserAdministration;

/** Lists users with their roles and state. */
@Service
@Command(scope = "opora", name = "user-list", description = "Lists Opora users.")
public class UserListCommand implements Action {

    @Reference
    UserAdministration users;

    @Override
    public Object execute() throws Exception {
        // the console's operator works as the system, explicitly
        return SystemWork.call("console: opora:user-list", this::work);
    }

    private Object work() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Username");
        table.column("Name");
        table.column("Roles");
        table.column("Enabled");
        table.column("Locked until");
        for (UserAccount u : users.users()) {
            table.addRow().addContent(u.username(), u.displayName(), String.join(",", u.roles()), u.enabled(),
                    u.lockedUntil() == null ? "" : u.lockedUntil().toString());
        }
        table.print(System.out);
        return null;
    }
}
