package org.opora.core.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The school's own data and its academic years. */
@ProviderType
public interface SchoolService {

    /** The school; any signed-in user may read it. */
    School school();

    /**
     * Changes the school's name, number, address and director (needs {@code core.school.manage}).
     *
     * @throws ValidationException    for an empty name or an unknown director
     * @throws ConflictException      when somebody else changed the school since {@code version} was read
     */
    School update(String name, String number, String address, Long directorId, long version);

    /** The academic years that have classes, oldest first, including the current one. */
    List<AcademicYear> years();

    /**
     * Whether the school was seeded as demonstration data ({@link org.opora.core.api.seed.SchoolSeed#demo()}): the
     * demo data of the other modules is added only to such a school. Any signed-in user may ask.
     */
    boolean isDemo();
}
