package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.ListItem;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.impl.internal.rules.NameRule;

/** The legal representatives a row of a pupil file gives, each in its own set of columns. */
final class RepresentativeCells {

    private final RowCells cells;
    private final List<ListItem> relations;

    RepresentativeCells(RowCells cells, List<ListItem> relations) {
        this.cells = cells;
        this.relations = relations;
    }

    /** The representatives whose columns are filled in; problems go to the row's issues. */
    List<RepresentativeDraft> read() {
        List<RepresentativeDraft> representatives = new ArrayList<>();
        for (int set = 1; set <= PupilRows.REPRESENTATIVES; set++) {
            RepresentativeDraft draft = read(set);
            if (draft != null) {
                representatives.add(draft);
            }
        }
        return representatives;
    }

    private RepresentativeDraft read(int set) {
        String written = cells.value(Column.REPRESENTATIVE, set);
        String relation = cells.value(Column.RELATION, set);
        String phone = cells.value(Column.PHONE, set);
        String email = cells.value(Column.EMAIL, set);
        if (written.isEmpty() && relation.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            return null;
        }
        String name = cells.text(Column.REPRESENTATIVE, set);
        if (written.isEmpty()) {
            cells.issue(Column.REPRESENTATIVE, set, "core.import.error.representativeRequired");
        } else if (!name.isEmpty() && name.split("\\s+").length < 2) {
            // "mum" or a surname alone: the card and documents need at least surname and name
            cells.issue(Column.REPRESENTATIVE, set, "core.import.error.fullName");
        } else {
            NameRule.problem(name).ifPresent(p -> cells.issue(Column.REPRESENTATIVE, set, p.importKey(), p.word()));
        }
        String code = relation(relation, set);
        Values.phone(phone, cells.header(Column.PHONE, set), cells.issues());
        Values.email(email, cells.header(Column.EMAIL, set), cells.issues());
        return new RepresentativeDraft(name, code, phone, email);
    }

    private String relation(String text, int set) {
        if (text.isEmpty()) {
            cells.issue(Column.RELATION, set, "core.import.error.relationRequired");
            return "";
        }
        Optional<ListItem> item = Values.item(relations, text);
        if (item.isEmpty()) {
            cells.issue(Column.RELATION, set, "core.import.error.relation", text, Values.labels(relations));
            return "";
        }
        return item.get().code();
    }
}
