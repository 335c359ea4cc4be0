package org.opora.programmes.ui.internal.programme;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Forms;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.ui.internal.common.ChainList;
import org.opora.programmes.ui.internal.common.ConsentDialog;
import org.opora.programmes.ui.internal.common.DateDialog;
import org.opora.programmes.ui.internal.common.StepList;

/**
 * The lifecycle tab: every recorded step (who, when) and the steps valid in the current state, in the order of
 * regulation 002: the curator introduces the parents to the draft, the parents consent or refuse, the roles of the
 * school's approval chain agree and approve (offered to the holder of the next step's role, naming the position
 * and the person), support begins, the programme goes to the consilium for review, which closes or extends it.
 */
class LifecyclePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** Longest record of the parents' proposals, as the service keeps it. */
    static final int PROPOSALS = 2000;

    private final transient ProgrammePage page;
    private final FlexLayout actions = Forms.bar();

    LifecyclePanel(ProgrammePage page) {
        this.page = page;
        setId("programme-lifecycle");
        setPadding(false);
        actions.setId("programme-actions");
        List<ApprovalStep> chain = page.services().lifecycle().approvals(page.programme().id());
        offerSteps(chain);
        add(new H4(getTranslation("programmes.ui.lifecycle.steps")),
                new StepList("programme-steps", page.programme().steps()), new ChainList("programme-chain", chain));
        if (meetingRequested(page.programme()) && page.programme().state().isApprovedAndOpen()) {
            Paragraph waiting = new Paragraph(getTranslation("programmes.ui.lifecycle.requestMeeting.waiting"));
            waiting.setId("programme-meeting-requested");
            add(waiting);
        }
        add(actions);
    }

    private void offerSteps(List<ApprovalStep> chain) {
        Programme p = page.programme();
        ProgrammeLifecycle service = page.services().lifecycle();
        ProgrammeState state = p.state();
        boolean manages = page.manages();
        if (manages && (state == ProgrammeState.DRAFT || state == ProgrammeState.CONSENT_REFUSED)) {
            step("step-discussed", "programmes.ui.lifecycle.discussed", () -> new DateDialog(
                    "programmes.ui.lifecycle.discussed", "programmes.ui.lifecycle.discussed.hint",
                    on -> service.discussedWithParents(p.id(), p.version(), on), "programmes.ui.lifecycle.recorded",
                    page.reload()).note("programmes.ui.lifecycle.proposals", "programmes.ui.lifecycle.proposals.help",
                            PROPOSALS, (on, proposals) -> service.discussedWithParents(p.id(), p.version(), on,
                                    proposals)).open());
        }
        if (manages && state == ProgrammeState.DISCUSSED_WITH_PARENTS) {
            step("step-consent", "programmes.ui.lifecycle.consent", () -> new ConsentDialog(page.services().pupils(),
                    p.pupilId(), c -> service.recordConsent(p.id(), p.version(), c), page.reload()).open());
        }
        ApprovalStep next = ChainList.next(chain).orElse(null);
        if (state == ProgrammeState.CONSENT_GIVEN && next != null && ChainList.takes(page.user(), next)) {
            String person = page.user().displayName();
            if (next.kind() == ChainStep.Kind.AGREE) {
                step("step-agree", "programmes.ui.lifecycle.agree", () -> new DateDialog(
                        "programmes.ui.lifecycle.agree", null, on -> service.agree(p.id(), p.version(), on),
                        "programmes.ui.lifecycle.agreed", page.reload())
                        .hint(getTranslation("programmes.ui.lifecycle.agree.person", next.position(), person))
                        .open());
            } else {
                step("step-approve", "programmes.ui.lifecycle.approve", () -> new DateDialog(
                        "programmes.ui.lifecycle.approve", null, on -> service.approve(p.id(), p.version(), on),
                        "programmes.ui.lifecycle.approved", page.reload())
                        .hint(getTranslation("programmes.ui.lifecycle.approve.person", next.position(), person))
                        .open());
            }
        }
        if (manages && state == ProgrammeState.APPROVED) {
            step("step-start", "programmes.ui.lifecycle.start", () -> new DateDialog(
                    "programmes.ui.lifecycle.start", null, on -> service.start(p.id(), p.version(), on),
                    "programmes.ui.lifecycle.recorded", page.reload()).open());
        }
        if (manages && state == ProgrammeState.IN_PROGRESS) {
            step("step-review", "programmes.ui.lifecycle.review", () -> new DateDialog(
                    "programmes.ui.lifecycle.review", "programmes.ui.lifecycle.review.hint",
                    on -> service.toReview(p.id(), p.version(), on), "programmes.ui.lifecycle.recorded",
                    page.reload()).open());
        }
        if (manages && (state == ProgrammeState.REVIEW || state == ProgrammeState.CONSENT_REFUSED)) {
            step("step-close", "programmes.ui.lifecycle.close", () -> new DecisionDialog(page, false).open());
        }
        if (manages && state == ProgrammeState.REVIEW) {
            step("step-extend", "programmes.ui.lifecycle.extend", () -> new DecisionDialog(page, true).open());
        }
        if (page.curator() && state.isApprovedAndOpen() && !meetingRequested(p)) {
            step("step-request-meeting", "programmes.ui.lifecycle.requestMeeting",
                    () -> new MeetingRequestDialog(page).open());
        }
    }

    /** Whether the curator's last request for an unplanned consilium is still waiting for its meeting. */
    static boolean meetingRequested(Programme p) {
        String last = null;
        for (Step s : p.steps()) {
            if ("MEETING_REQUESTED".equals(s.kind()) || "MEETING_HELD".equals(s.kind())) {
                last = s.kind();
            }
        }
        return "MEETING_REQUESTED".equals(last);
    }

    private void step(String id, String labelKey, Runnable open) {
        Button b = id.equals("step-approve") || id.equals("step-agree") ? Forms.primary(id, labelKey, open) : Forms.button(id, labelKey, open);
        actions.add(b);
    }
}
