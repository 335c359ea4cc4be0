package org.opora.platform.backup.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.backup.internal.BootPassword;

/** Changes the boot password of the encrypted database while it runs. */
@Service
@Command(scope = "opora", name = "db-boot-password", description = "Gives the encrypted database a new random boot "
        + "password (written to etc/opora-db.password) while it runs.")
public class DbBootPasswordCommand implements Action {

    @Reference
    BootPassword bootPassword;

    @Override
    public Object execute() throws Exception {
        // the console's operator works as the system, explicitly
        return SystemWork.call("console: opora:db-boot-password", this::work);
    }

    private Object work() throws Exception {
        System.out.println("The database's boot password is changed; the new one is in " + bootPassword.change()
                + ". Backups made before keep the old one in their own etc/. Keep a copy of the new one away from "
                + "this server.");
        return null;
    }
}
