package org.opora.consilium.ui.internal.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.core.api.staff.BodyMember;

/** A consilium service with the settings of {@link Data}; everything else fails the test unless overridden. */
public class FakeConsilium implements ConsiliumService {

    @Override
    public ConsiliumSettings settings(Locale locale) {
        return Data.SETTINGS;
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
