package org.opora.platform.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The text of the PostgreSQL notifications by which the nodes of a cluster tell each other which cached records a
 * commit made stale. A notification names the node that committed and the unit, then one record per line:
 *
 * <pre>
 * 3f0c…-node-uuid|opora-core
 * AgencyEntity|L42        the agency with id 42
 * RoleEntity|Spsychologist the role named psychologist
 * ClassEntity|*           every cached class of the school
 * *|*                     the whole unit
 * </pre>
 *
 * A key is typed by its first letter ({@code L} Long, {@code I} Integer, {@code S} String); a key of another type, or
 * a string with a separator in it, is sent as its whole class. PostgreSQL limits a payload to 8000 bytes, so a long
 * list is split into several notifications, each with the header.
 */
final class CacheNotices {

    /** The channel every node listens on. */
    static final String CHANNEL = "opora_cache";
    /** Below PostgreSQL's 8000 bytes, with room for the header. */
    static final int MAX_BYTES = 7800;
    /** The key (or alias) that stands for all: the whole class, or the whole unit. */
    static final String ALL = "*";

    /** One record a notification names: {@code key} is null for the whole class, alias {@link #ALL} the unit. */
    record Entry(String alias, Object key) {
    }

    /** A received notification. */
    record Notice(String node, String unit, List<Entry> entries) {
    }

    private CacheNotices() {
    }

    /** The line for one record, e.g. {@code AgencyEntity|L42}; its whole class when the key cannot be written. */
    static String entry(String alias, Object key) {
        String k;
        if (key instanceof Long l) {
            k = "L" + l;
        } else if (key instanceof Integer i) {
            k = "I" + i;
        } else if (key instanceof String s && s.indexOf('|') < 0 && s.indexOf('\n') < 0 && s.length() < 200) {
            k = "S" + s;
        } else {
            k = ALL;
        }
        return alias + "|" + k;
    }

    /** The line for a whole class. */
    static String wholeClass(String alias) {
        return alias + "|" + ALL;
    }

    /** The line for the whole unit. */
    static String wholeUnit() {
        return ALL + "|" + ALL;
    }

    /** The payloads to send for the lines, as few as fit in PostgreSQL's limit. */
    static List<String> payloads(String node, String unit, Collection<String> lines) {
        String header = node + "|" + unit;
        List<String> payloads = new ArrayList<>();
        StringBuilder current = new StringBuilder(header);
        int bytes = utf8(header);
        for (String line : lines) {
            int size = utf8(line) + 1;
            if (bytes + size > MAX_BYTES && current.length() > header.length()) {
                payloads.add(current.toString());
                current = new StringBuilder(header);
                bytes = utf8(header);
            }
            current.append('\n').append(line);
            bytes += size;
        }
        if (current.length() > header.length()) {
            payloads.add(current.toString());
        }
        return payloads;
    }

    /** Reads a payload; a malformed line stands for the whole unit, so nothing stale is kept by mistake. */
    static Notice parse(String payload) {
        String[] lines = payload.split("\n");
        String[] header = lines[0].split("\\|", 2);
        List<Entry> entries = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length; i++) {
            entries.add(parseEntry(lines[i]));
        }
        return new Notice(header[0], header.length > 1 ? header[1] : "", entries);
    }

    private static Entry parseEntry(String line) {
        int bar = line.indexOf('|');
        if (bar <= 0 || bar == line.length() - 1) {
            return new Entry(ALL, null);
        }
        String alias = line.substring(0, bar);
        String key = line.substring(bar + 1);
        try {
            return switch (key.charAt(0)) {
                case 'L' -> new Entry(alias, Long.valueOf(key.substring(1)));
                case 'I' -> new Entry(alias, Integer.valueOf(key.substring(1)));
                case 'S' -> new Entry(alias, key.substring(1));
                default -> new Entry(alias, null);
            };
        } catch (NumberFormatException e) {
            return new Entry(alias, null);
        }
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
