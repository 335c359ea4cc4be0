package org.opora.patronage.ui.internal.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Marks;
import org.opora.patronage.api.link.RelatedRecord;
import org.opora.patronage.api.link.RelatedRecords;

/**
 * What the other installed modules keep about the case's pupil (the consilium's protocols, the support programmes),
 * each module's records under its heading, a record the user may open linked to its page. Each module chooses what
 * the user may know and journals the read; the panel asks when it is first shown, and a module that fails leaves
 * the others shown.
 */
class RelatedPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final transient List<RelatedRecords> sources;
    private boolean shown;

    RelatedPanel(CasePage page, List<RelatedRecords> sources) {
        this.page = page;
        this.sources = List.copyOf(sources);
        setId("patronage-related");
        setPadding(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!shown) {
            shown = true;
            show();
        }
    }

    private void show() {
        long pupilId = page.patronageCase().pupilId();
        Map<String, List<RelatedRecord>> bySource = new LinkedHashMap<>();
        for (RelatedRecords source : sources) {
            for (RelatedRecord r : Failures.read(() -> source.forPupil(pupilId, getLocale()),
                    List.<RelatedRecord>of())) {
                bySource.computeIfAbsent(r.sourceTitle(), t -> new ArrayList<>()).add(r);
            }
        }
        if (bySource.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("patronage.ui.related.none"));
            none.setId("patronage-related-none");
            add(none);
            return;
        }
        bySource.forEach((title, records) -> {
            add(new H4(title));
            for (int i = 0; i < records.size(); i++) {
                add(record(records.get(i), i));
            }
        });
    }

    /** The record's line: its title, linked when the user may open it, and what matters for the patronage. */
    private static Component record(RelatedRecord r, int index) {
        String id = "patronage-related-" + r.source() + "-" + index;
        Component title;
        if (r.route().isEmpty()) {
            Span text = new Span(r.title());
            text.setId(id);
            title = text;
        } else {
            title = Marks.link(id, r.route(), r.title()); // the page opens inside the intranet, no reload
        }
        Div line = new Div(title);
        if (!r.detail().isEmpty()) {
            Span detail = new Span(" " + r.detail());
            detail.getStyle().set("color", "var(--lumo-secondary-text-color)");
            line.add(detail);
        }
        return line;
    }

}
