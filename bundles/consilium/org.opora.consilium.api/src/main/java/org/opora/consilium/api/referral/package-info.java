/**
 * Referrals (obrashcheniya, regulation 002): a teacher records the signs that need attention, the administration is
 * told, the psychologist examines the pupil and confirms or does not confirm; a confirmed referral is proposed for an
 * unplanned meeting.
 */
@Export
@Version("1.0.0")
package org.opora.consilium.api.referral;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
