package org.opora.consilium.api.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * A new referral.
 *
 * @param pupilId     the pupil
 * @param observedOn  day the signs were noticed; not in the future
 * @param signs       at least one code from the configured list of signs
 * @param description what was seen, at least a sentence (up to 4000 characters)
 */
public record ReferralDraft(long pupilId, LocalDate observedOn, List<String> signs, String description) {
    public ReferralDraft {
        signs = signs == null ? List.of() : List.copyOf(signs);
    }
}
