package org.opora.programmes.ui.internal.common;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.security.OporaUser;

/**
 * The record's approval chain as the school configured it: each agreement and the approval with its position, taken
 * (by whom, on which day) or still open (who holds the role). Empty chains show nothing.
 */
public class ChainList extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** @param id the list's id; each step is {@code <id>-<n>}, 1-based */
    public ChainList(String id, List<ApprovalStep> steps) {
        setPadding(false);
        setSpacing(false);
        if (steps.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        int n = 0;
        for (ApprovalStep s : steps) {
            ListItem item = new ListItem(text(s));
            item.setId(id + "-" + ++n);
            list.add(item);
        }
        add(new H4(getTranslation("programmes.ui.chain.title")), list);
    }

    private String text(ApprovalStep s) {
        boolean approve = s.kind() == ChainStep.Kind.APPROVE;
        if (s.isTaken()) {
            return getTranslation(approve ? "programmes.ui.chain.approved" : "programmes.ui.chain.agreed",
                    s.position(), Dates.format(s.date()), ProgrammeTexts.dash(s.byName()));
        }
        String holders = s.holders().isEmpty() ? getTranslation("programmes.ui.chain.nobody")
                : String.join(", ", s.holders());
        return getTranslation(approve ? "programmes.ui.chain.toApprove" : "programmes.ui.chain.toAgree",
                s.position(), holders);
    }

    /** The first open step, if any. */
    public static Optional<ApprovalStep> next(List<ApprovalStep> steps) {
        return steps.stream().filter(s -> !s.isTaken()).findFirst();
    }

    /** Whether the user may take the step: they hold its role. */
    public static boolean takes(OporaUser user, ApprovalStep step) {
        return user != null && user.hasRole(step.role());
    }
}
