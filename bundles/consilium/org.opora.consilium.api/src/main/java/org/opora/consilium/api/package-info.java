/**
 * The psychological-pedagogical consilium (PPk) of regulation 002 and 000 section 4: its permissions and settings.
 * Referrals are in {@code .referral}, meetings and protocols in {@code .meeting}, the link for other modules in
 * {@code .link}. Failures are the core's exceptions ({@link org.opora.core.api.ValidationException} with a
 * {@code consilium.error.*} key, {@link org.opora.core.api.ConflictException},
 * {@link org.opora.core.api.NotFoundException}) and the platform's AccessDeniedException. (1.1: {@link
 * org.opora.consilium.api.ConsiliumOfficers}, who holds which role in the configured body; 1.2: who signs the
 * order on the composition, {@link org.opora.consilium.api.ConsiliumService#compositionSigner()}.)
 */
@Export
@Version("1.2.0")
package org.opora.consilium.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
