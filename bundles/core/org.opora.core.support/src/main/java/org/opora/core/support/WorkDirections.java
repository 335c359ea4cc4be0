package org.opora.core.support;

import java.util.Locale;

import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.ValidationException;

/**
 * The check of a direction of work (000 §3) an activity is tagged with: a code of the core's list {@link
 * ReferenceList#DIRECTIONS} as the school configured it. The messages are keys of the core's messages
 * ({@code core.error.direction.*}).
 */
public final class WorkDirections {

    /** The longest code a direction column holds. */
    public static final int CODE = 64;

    private WorkDirections() {
    }

    /**
     * The stripped code when it is in the configured list; empty when none is given and none is required.
     *
     * @throws ValidationException naming the field when a required direction is missing ({@code
     *                             core.error.direction.required}) or the code is not in the list ({@code
     *                             core.error.direction.unknown}, with the code)
     */
    public static String check(String field, String code, ReferenceLists lists, boolean required) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            if (required) {
                throw new ValidationException(field, "core.error.direction.required");
            }
            return "";
        }
        if (c.length() > CODE || lists.item(ReferenceList.DIRECTIONS, c, Locale.ROOT).isEmpty()) {
            throw new ValidationException(field, "core.error.direction.unknown", c);
        }
        return c;
    }
}
