package org.opora.consilium.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.core.api.staff.BodyMember;

/** A consilium service that fails the test on every call it does not override. */
public class FakeConsilium implements ConsiliumService {

    @Override
    public ConsiliumSettings settings(Locale locale) {
        throw Unexpected.call("settings");
    }

    @Override
    public List<BodyMember> composition(LocalDate day) {
        throw Unexpected.call("composition");
    }

    @Override
    public List<BodyMember> compositionHistory() {
        throw Unexpected.call("compositionHistory");
    }

    @Override
    public BodyMember appoint(long staffId, String role, LocalDate from, Long orderId) {
        throw Unexpected.call("appoint");
    }

    @Override
    public BodyMember endMembership(long membershipId, LocalDate to) {
        throw Unexpected.call("endMembership");
    }

    @Override
    public boolean isMember() {
        throw Unexpected.call("isMember");
    }

    @Override
    public boolean canCreateMeetings() {
        throw Unexpected.call("canCreateMeetings");
    }
}
