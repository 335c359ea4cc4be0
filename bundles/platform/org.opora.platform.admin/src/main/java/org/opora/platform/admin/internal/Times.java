package org.opora.platform.admin.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as administrators read them: in the server's zone, to the second. */
public final class Times {

    /** Pattern of every time shown in the administration views. */
    public static final String PATTERN = "dd.MM.yyyy HH:mm:ss";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);

    private Times() {
    }

    /** The time in the server's zone, or an empty string for none. */
    public static String format(Instant time) {
        return time == null ? "" : FORMAT.withZone(ZoneId.systemDefault()).format(time);
    }
}
