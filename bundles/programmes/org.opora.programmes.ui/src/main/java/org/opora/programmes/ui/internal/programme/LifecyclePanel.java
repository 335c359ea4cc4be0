package org.opora.programmes.ui.internal.programme;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Forms;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.ui.internal.common.ConsentDialog;
import org.opora.programmes.ui.internal.common.DateDialog;
import org.opora.programmes.ui.internal.common.StepList;

/**
 * The lifecycle tab: every recorded step (who, when) and the steps valid in the current state, in the order of
 * regulation 002: the curator introduces the parents to the draft, the parents consent or refuse, the director
 * approves, support begins, the programme goes to the consilium for review, which closes or extends it.
 */
class LifecyclePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ProgrammePage page;
    private final FlexLayout actions = Forms.bar();

    LifecyclePanel(ProgrammePage page) {
        this.page = page;
        setId("programme-lifecycle");
        setPadding(false);
        actions.setId("programme-actions");
        offerSteps();
        add(new H4(getTranslation("programmes.ui.lifecycle.steps")),
                new StepList("programme-steps", page.programme().steps()), actions);
    }

    private void offerSteps() {
        Programme p = page.programme();
        ProgrammeLifecycle service = page.services().lifecycle();
        ProgrammeState state = p.state();
        boolean manages = page.manages();
        if (manages && (state == ProgrammeState.DRAFT || state == ProgrammeState.CONSENT_REFUSED)) {
            step("step-discussed", "programmes.ui.lifecycle.discussed", () -> new DateDialog(
                    "programmes.ui.lifecycle.discussed", "programmes.ui.lifecycle.discussed.hint",
                    on -> service.discussedWithParents(p.id(), p.version(), on), "programmes.ui.lifecycle.recorded",
                    page.reload()).open());
        }
        if (manages && state == ProgrammeState.DISCUSSED_WITH_PARENTS) {
            step("step-consent", "programmes.ui.lifecycle.consent", () -> new ConsentDialog(page.services().pupils(),
                    p.pupilId(), c -> service.recordConsent(p.id(), p.version(), c), page.reload()).open());
        }
        if (page.has(ProgrammesPermissions.APPROVE) && state == ProgrammeState.CONSENT_GIVEN) {
            step("step-approve", "programmes.ui.lifecycle.approve", () -> new DateDialog(
                    "programmes.ui.lifecycle.approve", "programmes.ui.lifecycle.approve.hint",
                    on -> service.approve(p.id(), p.version(), on), "programmes.ui.lifecycle.approved",
                    page.reload()).open());
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
    }

    private void step(String id, String labelKey, Runnable open) {
        Button b = id.equals("step-approve") ? Forms.primary(id, labelKey, open) : Forms.button(id, labelKey, open);
        actions.add(b);
    }
}
