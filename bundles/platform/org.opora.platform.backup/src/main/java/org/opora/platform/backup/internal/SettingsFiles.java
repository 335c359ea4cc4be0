package org.opora.platform.backup.internal;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Settings saved in the Settings view that have no file in etc/ live only in Configuration Admin's store under data/cache,
 * which a backup does not carry. The backup writes each such Opora configuration as {@code etc/<pid>.config} (Felix
 * Configuration Admin's file format, which Karaf's file installer reads at the first start of the restored
 * installation). Values are written as text, single or a list: the components' typed configurations convert them as
 * they do the values of a {@code .cfg} file.
 */
final class SettingsFiles {

    private static final Set<String> OWN_KEYS = Set.of("service.pid", "service.factoryPid", "service.bundleLocation",
            "felix.fileinstall.filename");

    private SettingsFiles() {
    }

    /** Whether a configuration belongs in the backup as a file of its own: an Opora one that has no file in etc/. */
    static boolean unfiled(String pid, Dictionary<String, Object> properties) {
        return pid.startsWith("org.opora.") && properties != null
                && properties.get("felix.fileinstall.filename") == null;
    }

    /** The file name and content for the configurations, by PID. */
    static Map<String, byte[]> files(Map<String, Dictionary<String, Object>> byPid) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byPid.forEach((pid, props) -> files.put(pid + ".config", format(props).getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    static String format(Dictionary<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!OWN_KEYS.contains(key) && properties.get(key) != null) {
                sorted.put(key, properties.get(key));
            }
        }
        StringBuilder out = new StringBuilder("# saved in the Settings view of the backed-up installation\n");
        sorted.forEach((key, value) -> out.append(escapeKey(key)).append('=').append(value(value)).append('\n'));
        return out.toString();
    }

    private static String value(Object value) {
        List<Object> items;
        if (value.getClass().isArray()) {
            items = new java.util.ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
        } else if (value instanceof Collection<?> c) {
            items = List.copyOf(c);
        } else {
            return quote(value);
        }
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            list.append(i == 0 ? "" : ",").append(quote(items.get(i)));
        }
        return list.append(']').toString();
    }

    private static String quote(Object value) {
        StringBuilder q = new StringBuilder("\"");
        for (char ch : String.valueOf(value).toCharArray()) {
            switch (ch) {
                case '"', '\\' -> q.append('\\').append(ch);
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> q.append(ch);
            }
        }
        return q.append('"').toString();
    }

    private static String escapeKey(String key) {
        StringBuilder k = new StringBuilder();
        for (char ch : key.toCharArray()) {
            if (ch == '=' || ch == ' ' || ch == '\\' || ch == ':' || ch == '#') {
                k.append('\\');
            }
            k.append(ch);
        }
        return k.toString();
    }
}
