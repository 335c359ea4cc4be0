package org.opora.core.impl.internal.demo;

import java.util.Objects;

import org.opora.core.api.staff.StaffDraft;

/**
 * A staff member of the demo school.
 *
 * @param key   stable key other demo records use to refer to the person; the username for the six demo accounts
 * @param draft the data to create the staff record from
 */
public record DemoStaff(String key, StaffDraft draft) {

    public DemoStaff {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(draft, "draft");
    }
}
