package org.opora.core.ui.testing;

import java.util.List;
import java.util.Optional;

import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;

/**
 * A staff service that fails the test on every call it does not override, or, made with a list of staff, reads those
 * (changes still fail the test).
 */
public class FakeStaff implements StaffService {

    private final List<StaffMember> staff;

    /** Every call fails the test unless overridden. */
    public FakeStaff() {
        this.staff = null;
    }

    /** Finds, counts and gets these staff members, and looks them up by username. */
    public FakeStaff(List<StaffMember> staff) {
        this.staff = List.copyOf(staff);
    }

    /** The staff this fake reads; without them, the call fails the test. */
    private List<StaffMember> known(String call) {
        if (staff == null) {
            throw Unexpected.call(call);
        }
        return staff;
    }

    @Override
    public List<StaffMember> find(StaffQuery query, int offset, int limit) {
        List<StaffMember> all = known("find");
        return offset == 0 ? all : List.of();
    }

    @Override
    public int count(StaffQuery query) {
        return known("count").size();
    }

    @Override
    public StaffMember get(long staffId) {
        return known("get").stream().filter(s -> s.id() == staffId).findFirst()
                .orElseThrow(() -> Unexpected.call("get " + staffId));
    }

    @Override
    public Optional<StaffMember> byUsername(String username) {
        return known("byUsername").stream().filter(s -> s.username().equals(username)).findFirst();
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
