package org.opora.consilium.ui.internal.meeting;

import java.util.List;
import java.util.Optional;

import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;

/** A staff service that knows the staff of {@link Data}; changes fail the test. */
public class FakeStaff implements StaffService {

    @Override
    public List<StaffMember> find(StaffQuery query, int offset, int limit) {
        return offset == 0 ? Data.STAFF : List.of();
    }

    @Override
    public int count(StaffQuery query) {
        return Data.STAFF.size();
    }

    @Override
    public StaffMember get(long staffId) {
        return Data.STAFF.stream().filter(s -> s.id() == staffId).findFirst()
                .orElseThrow(() -> Unexpected.call("get " + staffId));
    }

    @Override
    public Optional<StaffMember> byUsername(String username) {
        return Data.STAFF.stream().filter(s -> s.username().equals(username)).findFirst();
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
