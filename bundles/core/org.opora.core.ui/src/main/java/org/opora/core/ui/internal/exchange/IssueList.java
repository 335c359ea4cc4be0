package org.opora.core.ui.internal.exchange;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import org.opora.core.api.exchange.ImportIssue;

/**
 * Problems or notes of an import file, each as "Row N, Column: message" in the user's language. Rows are
 * numbered as a spreadsheet shows them; row 0 is the file as a whole.
 */
class IssueList extends Div {

    private static final long serialVersionUID = 1L;

    private final String titleKey;

    IssueList(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        setVisible(false);
    }

    void show(List<ImportIssue> issues) {
        removeAll();
        setVisible(!issues.isEmpty());
        if (issues.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        issues.forEach(i -> list.add(new ListItem(text(i))));
        add(new H4(getTranslation(titleKey, String.valueOf(issues.size()))), list);
    }

    /** The issue as one line of text. */
    String text(ImportIssue issue) {
        String message = getTranslation(issue.messageKey(), issue.params().toArray());
        if (issue.row() <= 0) {
            return issue.column().isEmpty() ? message
                    : getTranslation("core.ui.import.issue.column", issue.column(), message);
        }
        String row = String.valueOf(issue.row());
        return issue.column().isEmpty() ? getTranslation("core.ui.import.issue.row", row, message)
                : getTranslation("core.ui.import.issue.rowColumn", row, issue.column(), message);
    }

    /** The lines shown. */
    List<String> lines() {
        return getChildren().filter(UnorderedList.class::isInstance)
                .flatMap(c -> c.getChildren()).map(c -> c.getElement().getText()).toList();
    }
}
