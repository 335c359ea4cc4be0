package org.opora.platform.api.settings;

import java.io.IOException;
import java.util.Dictionary;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the administration stores a configuration that schools change (the Settings form, the school's
 * configuration and regulation variant, the school's texts, the {@code opora:} console commands): the same on every
 * node of an installation. A shared PID is written to the database first and then to this node's Configuration
 * Admin; the other nodes on the same database take the change within their polling interval. A node-local PID (a
 * path of the node's machine, the polling interval itself) goes to this node's Configuration Admin only.
 * <p>
 * Shared are the singleton PIDs starting with {@code org.opora.}, except the node-local ones
 * ({@code org.opora.platform.backup} and {@code org.opora.platform.settingsync}); docs/configuration.md lists them.
 *
 * <pre>{@code
 * Hashtable<String, Object> properties = new Hashtable<>(Map.of("maxMinutes", 45));
 * shared.store("org.opora.core.rules", properties);   // every node within seconds
 * shared.store("org.opora.core.rules", null);         // back to the defaults, on every node
 * }</pre>
 */
@ProviderType
@FunctionalInterface
public interface SharedSettings {

    /**
     * Stores a configuration's properties, or deletes the configuration (its defaults apply again).
     *
     * @param pid        a singleton configuration PID, e.g. {@code org.opora.core.rules}
     * @param properties the properties to store; null deletes the configuration
     * @throws IOException when the change could not be stored; for a shared PID nothing was changed on any node
     *                     when the database refused it
     */
    void store(String pid, Dictionary<String, ?> properties) throws IOException;
}
