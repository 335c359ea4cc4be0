package org.opora.core.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.HeadAppointment;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.StructureService;
import org.opora.core.ui.testing.Unexpected;

/** A service structure that fails the test on every call it does not override. */
public class FakeStructure implements StructureService {

    @Override
    public Optional<HeadAppointment> headOfService(LocalDate on) {
        throw Unexpected.call("headOfService");
    }

    @Override
    public List<HeadAppointment> headHistory() {
        throw Unexpected.call("headHistory");
    }

    @Override
    public HeadAppointment appointHead(long staffId, long orderId, LocalDate from) {
        throw Unexpected.call("appointHead");
    }

    @Override
    public List<BodyMember> members(String body, LocalDate on) {
        throw Unexpected.call("members");
    }

    @Override
    public List<BodyMember> memberHistory(String body) {
        throw Unexpected.call("memberHistory");
    }

    @Override
    public List<BodyMember> membershipsOf(long staffId, LocalDate on) {
        throw Unexpected.call("membershipsOf");
    }

    @Override
    public BodyMember addMember(MemberDraft draft) {
        throw Unexpected.call("addMember");
    }

    @Override
    public BodyMember endMembership(long membershipId, LocalDate to) {
        throw Unexpected.call("endMembership");
    }

    @Override
    public boolean mayChangeMembers(String body) {
        throw Unexpected.call("mayChangeMembers");
    }
}
