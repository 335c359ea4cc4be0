package org.opora.consilium.impl.internal.fake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.core.api.ListItem;
import org.opora.core.api.staff.BodyMember;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.approval.ApprovalStep;

/** The consilium's settings with the default lists labelled, and who may create meetings. */
public class FakeConsilium implements ConsiliumService {

    public boolean canCreate;

    @Override
    public ConsiliumSettings settings(Locale locale) {
        return new ConsiliumSettings("consilium", true, true, 5, List.of("psychologist", "social-pedagogue"),
                List.of(new ListItem("anxiety", "Anxiety")),
                List.of(new ListItem("socio-psychological-testing", "Socio-psychological testing"),
                        new ListItem("mental-health-monitoring", "Mental-health monitoring")),
                List.of(new ListItem("programme-open", "Open a support programme"),
                        new ListItem("recommendations", "Recommendations"),
                        new ListItem("review-again", "Discuss again")));
    }

    @Override
    public List<BodyMember> composition(LocalDate day) {
        return List.of();
    }

    @Override
    public List<BodyMember> compositionHistory() {
        return List.of();
    }

    @Override
    public ApprovalStep compositionSigner() {
        return ApprovalStep.open(ApprovalChain.of("approve: director").approver(), "Director", List.of());
    }

    @Override
    public boolean canManageComposition() {
        return false;
    }

    @Override
    public BodyMember appoint(long staffId, String role, LocalDate from, Long orderId) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public BodyMember endMembership(long membershipId, LocalDate to) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public boolean isMember() {
        return canCreate;
    }

    @Override
    public boolean canCreateMeetings() {
        return canCreate;
    }
}
