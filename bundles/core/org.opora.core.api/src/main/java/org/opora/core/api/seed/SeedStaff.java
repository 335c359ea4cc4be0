package org.opora.core.api.seed;

import java.util.Objects;

import org.opora.core.api.staff.StaffDraft;

/**
 * A staff member of a seed.
 *
 * @param key   the key other records of the seed use to refer to the person
 * @param draft the data to create the staff record from
 */
public record SeedStaff(String key, StaffDraft draft) {

    public SeedStaff {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(draft, "draft");
    }
}
