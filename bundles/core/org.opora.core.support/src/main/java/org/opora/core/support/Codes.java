package org.opora.core.support;

import java.util.Arrays;
import java.util.List;

/** List codes (lower-case letters, digits and dashes) stored comma-separated in one column of an entity. */
public final class Codes {

    private Codes() {
    }

    /** The codes joined by commas; empty for none. */
    public static String join(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    /** The codes of a stored column; none for an empty one. */
    public static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
