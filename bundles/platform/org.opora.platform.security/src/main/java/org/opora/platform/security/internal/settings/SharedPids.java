package org.opora.platform.security.internal.settings;

import java.util.Set;

/**
 * Which configuration PIDs are the same on every node: every PID starting with {@code org.opora.}, except the ones a
 * node keeps for itself. Node-local are the scheduled backup ({@code org.opora.platform.backup}: its folder and the
 * PostgreSQL programs are paths of the node's machine, and nodes with the same schedule take turns through the
 * database anyway) and the polling of the shared settings itself ({@code org.opora.platform.settingsync}).
 */
final class SharedPids {

    static final String PREFIX = "org.opora.";
    static final Set<String> NODE_LOCAL = Set.of("org.opora.platform.backup", SettingsSyncConfig.PID);

    private SharedPids() {
    }

    /** Whether a PID's configuration is shared by the nodes, e.g. {@code org.opora.core.rules} is. */
    static boolean shared(String pid) {
        return pid.startsWith(PREFIX) && !NODE_LOCAL.contains(pid);
    }
}
