package org.opora.programmes.consilium.internal;

import java.util.Optional;

/** The reference a programme is proposed under ({@code programme:<id>}), which the protocol's decision carries back. */
final class SourceRefs {

    static final String PREFIX = "programme:";

    private SourceRefs() {
    }

    static String of(long programmeId) {
        return PREFIX + programmeId;
    }

    /** The programme id of a reference, if it is a programme's. */
    static Optional<Long> programmeId(String sourceRef) {
        if (sourceRef == null || !sourceRef.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(sourceRef.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
