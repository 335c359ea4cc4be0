package org.opora.programmes.ui.internal.common;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;

/**
 * The recorded steps of a programme or plan, oldest first: what happened, on which day, who did it and who wrote
 * it down when, the note and the order that fixed it.
 */
public class StepList extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** Steps that are not a state of the lifecycle but have a name of their own. */
    private static final Set<String> OTHER_KINDS = Set.of("INFORMED", "AGREED", "CHAIN_AGREED", "CREATED", "CHANGE_AGREED",
            "CURATOR_APPOINTED", "EXTEND_DECIDED", "CHANGE_DECIDED", "ACQUAINTED", "MEETING_REQUESTED", "MEETING_HELD",
            "SHARING_CONSENT", "SHARING_REFUSED", "RESULTS");

    /** @param id the list's id; each step is {@code <id>-<n>}, 1-based */
    public StepList(String id, List<Step> steps) {
        setPadding(false);
        setSpacing(false);
        if (steps.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("programmes.ui.steps.none"));
            none.setId(id + "-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        int n = 0;
        for (Step s : steps) {
            n++;
            ListItem item = new ListItem(text(s));
            item.setId(id + "-" + n);
            list.add(item);
        }
        add(list);
    }

    /** "Approved: 12.09.2026, Smirnova E. V. (recorded 12.09.2026 10:15 by director)" and the note. */
    private String text(Step s) {
        String line = getTranslation("programmes.ui.steps.line", kind(s.kind()), Dates.format(s.date()),
                ProgrammeTexts.dash(s.byName()), ProgrammeTexts.moment(s.recordedAt()), s.by());
        if (!s.orderNumber().isEmpty()) {
            line += " " + getTranslation("programmes.ui.steps.order", s.orderNumber(), Dates.format(s.orderDate()));
        }
        return s.note().isEmpty() ? line : line + " \u2014 " + s.note();
    }

    /** The step's name: a state of the lifecycle, one of the other known steps, or the kind as recorded. */
    static String kind(String kind) {
        for (ProgrammeState state : ProgrammeState.values()) {
            if (state.name().equals(kind)) {
                return ProgrammeTexts.state(state);
            }
        }
        return OTHER_KINDS.contains(kind)
                ? com.vaadin.flow.component.UI.getCurrent().getTranslation("programmes.ui.steps.kind." + kind)
                : kind;
    }
}
