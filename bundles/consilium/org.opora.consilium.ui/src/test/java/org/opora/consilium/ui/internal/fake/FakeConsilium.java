package org.opora.consilium.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.core.api.staff.BodyMember;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.core.ui.testing.Unexpected;

/**
 * A consilium service that fails the test on every call it does not override, or, made with settings, reads those
 * (everything else still fails the test).
 */
public class FakeConsilium implements ConsiliumService {

    private final ConsiliumSettings settings;

    /** Every call fails the test unless overridden. */
    public FakeConsilium() {
        this.settings = null;
    }

    /** Reads these settings. */
    public FakeConsilium(ConsiliumSettings settings) {
        this.settings = settings;
    }

    @Override
    public ConsiliumSettings settings(Locale locale) {
        if (settings == null) {
            throw Unexpected.call("settings");
        }
        return settings;
    }

    @Override
    public ApprovalStep compositionSigner() {
        throw Unexpected.call("compositionSigner");
    }

    @Override
    public boolean canManageComposition() {
        throw Unexpected.call("canManageComposition");
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
