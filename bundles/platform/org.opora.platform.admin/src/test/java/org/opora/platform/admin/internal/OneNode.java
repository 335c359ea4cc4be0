package org.opora.platform.admin.internal;

import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;

import org.opora.platform.api.settings.SharedSettings;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The shared settings of an installation with one node, for the tests of the views: straight into the Configuration
 * Admin the test gives (the database side is tested in platform.security's {@code SettingsSyncTest}).
 */
public final class OneNode {

    private OneNode() {
    }

    /** Stores with {@code updateIfDifferent}, deletes every listed configuration of the PID. */
    public static SharedSettings ifDifferent(ConfigurationAdmin cm) {
        return (pid, properties) -> {
            if (properties == null) {
                delete(cm, pid);
            } else {
                cm.getConfiguration(pid, "?").updateIfDifferent(copy(properties));
            }
        };
    }

    /** Stores with {@code update}. */
    public static SharedSettings updating(ConfigurationAdmin cm) {
        return (pid, properties) -> {
            if (properties == null) {
                delete(cm, pid);
            } else {
                cm.getConfiguration(pid, "?").update(copy(properties));
            }
        };
    }

    private static void delete(ConfigurationAdmin cm, String pid) throws java.io.IOException {
        try {
            Configuration[] found = cm.listConfigurations("(service.pid=" + pid + ")");
            for (Configuration c : found == null ? new Configuration[0] : found) {
                c.delete();
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new java.io.IOException(e);
        }
    }

    private static Hashtable<String, Object> copy(Dictionary<String, ?> properties) {
        Hashtable<String, Object> copy = new Hashtable<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            copy.put(k, properties.get(k));
        }
        return copy;
    }
}
