package org.opora.core.api.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a role in a functional body means, whatever the school calls it (000 section 4, regulation 002): the chair,
 * who appoints curators and signs; the deputy, who stands in; the secretary, who keeps the records; or an ordinary
 * member. A school configures the meaning of each of its role codes ({@link BodyRoles}).
 */
public enum BodyRoleMeaning {

    /** The chair: one at a time; keeps the records, appoints the consilium's curators. */
    CHAIR(true, true),
    /** The deputy chair: keeps the records, stands in for the chair. */
    DEPUTY(true, false),
    /** The secretary: one at a time; keeps the meetings' records. */
    SECRETARY(true, true),
    /** An ordinary member: any role the school has not given another meaning. */
    MEMBER(false, false);

    private final boolean keeps;
    private final boolean single;

    BodyRoleMeaning(boolean keeps, boolean single) {
        this.keeps = keeps;
        this.single = single;
    }

    /** Whether holders keep the body's meetings and records: chair, deputy and secretary. */
    public boolean keeps() {
        return keeps;
    }

    /** Whether a body has at most one holder at a time: chair and secretary. */
    public boolean single() {
        return single;
    }

    /** The meaning's code in settings: {@code chair}, {@code deputy}, {@code secretary}, {@code member}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The meaning of a code as written in settings (case and surrounding spaces ignored), if it is one. */
    public static Optional<BodyRoleMeaning> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code().equals(c)).findFirst();
    }
}
