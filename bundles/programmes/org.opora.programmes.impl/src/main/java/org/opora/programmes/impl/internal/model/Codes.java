package org.opora.programmes.impl.internal.model;

import java.util.Arrays;
import java.util.List;

/** List codes (lower-case letters, digits and dashes) stored comma-separated in one column. */
public final class Codes {

    private Codes() {
    }

    public static String join(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
