package org.opora.core.ui.internal;

import java.util.List;
import java.util.Optional;

import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;

/** A staff service that fails the test on every call it does not override. */
public class FakeStaff implements StaffService {

    @Override
    public List<StaffMember> find(StaffQuery query, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(StaffQuery query) {
        throw Unexpected.call("count");
    }

    @Override
    public StaffMember get(long staffId) {
        throw Unexpected.call("get");
    }

    @Override
    public Optional<StaffMember> byUsername(String username) {
        throw Unexpected.call("byUsername");
    }

    @Override
    public StaffMember create(StaffDraft draft) {
        throw Unexpected.call("create");
    }

    @Override
    public StaffMember update(long staffId, long version, StaffDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public StaffMember setActive(long staffId, boolean active) {
        throw Unexpected.call("setActive");
    }
}
