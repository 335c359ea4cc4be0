package org.opora.platform.security.internal.settings;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node's configurations in memory, as its Configuration Admin would hold them: {@code write} reports a change
 * only when the properties differ (arrays compared by content), as {@code updateIfDifferent} does.
 */
final class NodeConfigurations implements LocalConfigurations {

    final Map<String, Hashtable<String, Object>> stored = new TreeMap<>();
    int writes;

    @Override
    public Map<String, Dictionary<String, Object>> shared() {
        Map<String, Dictionary<String, Object>> found = new TreeMap<>();
        stored.forEach((pid, props) -> {
            if (SharedPids.shared(pid)) {
                found.put(pid, props);
            }
        });
        return found;
    }

    @Override
    public boolean write(String pid, Dictionary<String, ?> properties) {
        if (properties == null) {
            return stored.remove(pid) != null;
        }
        Hashtable<String, Object> next = PropertyCodec.copy(properties);
        Hashtable<String, Object> now = stored.get(pid);
        if (now != null && now.get("felix.fileinstall.filename") != null) {
            next.put("felix.fileinstall.filename", now.get("felix.fileinstall.filename"));
        }
        if (now != null && PropertyCodec.encode(now).equals(PropertyCodec.encode(next))
                && now.keySet().equals(next.keySet())) {
            return false;
        }
        stored.put(pid, next);
        writes++;
        return true;
    }
}
