package org.opora.consilium.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.staff.BodyMember;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who holds which role in the consilium, for every module that needs it (the programmes: the chair reads every
 * programme and signs it off). The consilium is the core's functional body the school names in the consilium's
 * settings ({@code org.opora.consilium.rules}, {@code body}); ask here instead of knowing its code. The role codes
 * and what they mean are the core's {@link org.opora.core.api.staff.Bodies}. Reads go through the core's structure
 * with the caller's permissions: a caller who may not read it gets no memberships and no chair, never a failure.
 */
@ProviderType
public interface ConsiliumOfficers {

    /** The code of the consilium among the core's functional bodies, as configured. */
    String body();

    /** The staff member's memberships of the consilium, any period, newest first; empty when they may not be read. */
    List<BodyMember> membershipsOf(long staffId);

    /** The chair of the consilium on the day; empty when there is none or the composition may not be read. */
    Optional<BodyMember> chair(LocalDate day);
}
