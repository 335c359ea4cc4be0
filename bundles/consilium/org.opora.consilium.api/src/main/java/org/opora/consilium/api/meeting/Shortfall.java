package org.opora.consilium.api.meeting;

import java.util.List;

/**
 * Something missing before a protocol can be finalised, as an i18n key of the consilium's messages with its
 * parameters (e.g. {@code consilium.error.noDecision} with the pupil's name).
 */
public record Shortfall(String messageKey, List<String> params) {

    public Shortfall {
        params = List.copyOf(params);
    }

    public static Shortfall of(String messageKey, String... params) {
        return new Shortfall(messageKey, List.of(params));
    }
}
