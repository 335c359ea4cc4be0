package org.opora.consilium.api.referral;

import java.time.LocalDate;

/**
 * The additional psychological examination of a referred pupil.
 *
 * @param examinedOn day of the examination; not before the referral was filed, not in the future
 * @param findings   the conclusion in words (required, up to 8000 characters); confidential
 * @param confirmed  whether the state, behaviour or risk the teacher saw is confirmed
 */
public record Examination(LocalDate examinedOn, String findings, boolean confirmed) {
}
