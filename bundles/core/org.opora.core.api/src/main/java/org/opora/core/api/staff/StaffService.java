package org.opora.core.api.staff;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The school's staff. Reading needs {@code core.staff.read}, changes {@code core.staff.manage}. */
@ProviderType
public interface StaffService {

    /** A page of staff matching the query, by name. */
    List<StaffMember> find(StaffQuery query, int offset, int limit);

    int count(StaffQuery query);

    StaffMember get(long staffId);

    /** The staff member linked to a platform account, e.g. to find "my" classes or duties. */
    Optional<StaffMember> byUsername(String username);

    StaffMember create(StaffDraft draft);

    StaffMember update(long staffId, long version, StaffDraft draft);

    /** Marks a person as no longer (or again) working at the school; records referring to them stay. */
    StaffMember setActive(long staffId, boolean active);

    /** All active staff of a specialist type, by name. */
    default List<StaffMember> ofType(String specialistType) {
        return find(StaffQuery.ofType(specialistType), 0, Integer.MAX_VALUE);
    }
}
