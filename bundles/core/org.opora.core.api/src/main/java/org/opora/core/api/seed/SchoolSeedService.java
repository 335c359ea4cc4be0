package org.opora.core.api.seed;

import org.opora.core.api.School;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Fills an empty installation with a whole school at once: staff, classes, pupils with their representatives and
 * flags, orders, the support service's structure, documents, agencies and interactions. Used by the demo profile
 * and by any tool that brings a school's data over in one piece; nothing is written into an installation that has
 * data already.
 */
@ProviderType
public interface SchoolSeedService {

    /** Whether the installation has neither staff nor pupils, so that {@link #seed} would accept a school. */
    boolean isEmpty();

    /**
     * Writes the school in one transaction: all of it or, on any failure, nothing. The school's name, number,
     * address, director and current year are replaced by the seed's; {@link SchoolSeed#demo()} is stored with the
     * school ({@link org.opora.core.api.SchoolService#isDemo()}). Needs {@code core.school.manage} when a user is
     * signed in on the calling thread.
     *
     * @return the school as stored
     * @throws org.opora.core.api.ValidationException {@code core.error.seed.notEmpty} when the installation already
     *                                                has staff or pupils; {@code core.error.seed.reference} (the
     *                                                field names the record) when a record refers to a key the
     *                                                seed does not define, or defines a key twice
     */
    School seed(SchoolSeed seed);
}
