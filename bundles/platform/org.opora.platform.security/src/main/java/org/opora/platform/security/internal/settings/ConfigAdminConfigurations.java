package org.opora.platform.security.internal.settings;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** This node's configurations in its Configuration Admin. */
final class ConfigAdminConfigurations implements LocalConfigurations {

    private final ConfigurationAdmin admin;

    ConfigAdminConfigurations(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Map<String, Dictionary<String, Object>> shared() throws IOException {
        Map<String, Dictionary<String, Object>> found = new TreeMap<>();
        for (Configuration c : list("(service.pid=" + SharedPids.PREFIX + "*)")) {
            if (c.getFactoryPid() == null && SharedPids.shared(c.getPid()) && c.getProperties() != null) {
                found.put(c.getPid(), c.getProperties());
            }
        }
        return found;
    }

    @Override
    public boolean write(String pid, Dictionary<String, ?> properties) throws IOException {
        Configuration[] stored = list("(service.pid=" + pid.replace("\\", "\\\\").replace("*", "\\*")
                .replace("(", "\\(").replace(")", "\\)") + ")");
        if (properties == null) {
            for (Configuration c : stored) {
                c.delete();
            }
            return stored.length > 0;
        }
        Configuration c = admin.getConfiguration(pid, "?");
        Hashtable<String, Object> merged = PropertyCodec.copy(properties);
        Dictionary<String, Object> now = c.getProperties();
        Object file = now == null ? null : now.get("felix.fileinstall.filename");
        if (file != null) {
            merged.put("felix.fileinstall.filename", file);
        }
        return c.updateIfDifferent(merged);
    }

    private Configuration[] list(String filter) throws IOException {
        try {
            Configuration[] found = admin.listConfigurations(filter);
            return found == null ? new Configuration[0] : found;
        } catch (InvalidSyntaxException e) {
            throw new IOException("Bad filter " + filter, e);
        }
    }
}
