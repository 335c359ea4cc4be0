package org.opora.patronage.ui.internal.page;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.patronage.api.legal.CourtHearing;
import org.opora.patronage.api.legal.KdnCertificate;
import org.opora.patronage.api.legal.KdnService;
import org.opora.platform.ui.api.PdfDownload;

/**
 * The tab of the case's dealings with the bodies that protect minors (regulation 003 section 3.2): the certificates (spravki) for
 * KDN i ZP, each with its registration number in the document register and its PDF, and the court hearings in
 * which the school represented the pupil. Whoever keeps the case (the coordinator) issues certificates (spravki) and records
 * hearings.
 */
class LegalPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;

    LegalPanel(CasePage page) {
        this.page = page;
        setId("patronage-legal");
        setPadding(false);
        add(new H4(getTranslation("patronage.ui.kdn.title")));
        if (page.keeps()) {
            Button issue = Forms.primary("patronage-issue-kdn", "patronage.ui.kdn.issue",
                    () -> Failures.get(() -> page.services().kdn().prefill(page.id()))
                            .ifPresent(draft -> new KdnDialog(page, draft).open()));
            issue.setIcon(VaadinIcon.FILE_TEXT_O.create());
            add(issue);
        }
        add(certificates(Failures.read(() -> page.services().kdn().certificates(page.id()),
                List.<KdnCertificate>of())));
        add(new H4(getTranslation("patronage.ui.court.title")));
        if (page.keeps()) {
            Button record = Forms.button("patronage-record-hearing", "patronage.ui.court.record",
                    () -> new HearingDialog(page, null).open());
            record.setIcon(VaadinIcon.PLUS.create());
            add(record);
        }
        add(hearings(Failures.read(() -> page.services().court().hearings(page.id()), List.<CourtHearing>of())));
    }

    private Grid<KdnCertificate> certificates(List<KdnCertificate> all) {
        Grid<KdnCertificate> grid = Grids.grid("patronage-kdn-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(k -> getTranslation("patronage.ui.kdn.number", k.documentId(), Dates.format(k.issuedOn())))
                .setHeader(getTranslation("patronage.ui.kdn.registration")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(KdnCertificate::addressee).setHeader(getTranslation("patronage.ui.kdn.addressee"))
                .setFlexGrow(2);
        grid.addColumn(KdnCertificate::purpose).setHeader(getTranslation("patronage.ui.kdn.purpose")).setFlexGrow(2);
        grid.addColumn(KdnCertificate::signedBy).setHeader(getTranslation("patronage.ui.kdn.signedBy"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::pdf).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.kdn.none"));
        return grid;
    }

    private Anchor pdf(KdnCertificate k) {
        Anchor pdf = PdfDownload.link(page.services().documents(), KdnService.FORM, String.valueOf(k.id()),
                "kdn-" + k.documentId() + ".pdf", getTranslation("patronage.ui.kdn.pdf"), UI.getCurrent().getLocale());
        pdf.setId("patronage-kdn-pdf-" + k.id());
        return pdf;
    }

    private Grid<CourtHearing> hearings(List<CourtHearing> all) {
        Grid<CourtHearing> grid = Grids.grid("patronage-court-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(h -> Dates.format(h.date())).setHeader(getTranslation("patronage.ui.court.date"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(CourtHearing::court).setHeader(getTranslation("patronage.ui.court.court")).setFlexGrow(2);
        grid.addColumn(CourtHearing::matter).setHeader(getTranslation("patronage.ui.court.matter")).setFlexGrow(3);
        grid.addColumn(CourtHearing::representative).setHeader(getTranslation("patronage.ui.court.representative"))
                .setFlexGrow(2);
        grid.addColumn(CourtHearing::outcome).setHeader(getTranslation("patronage.ui.court.outcome")).setFlexGrow(3);
        grid.addComponentColumn(this::edit).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.court.none"));
        return grid;
    }

    private Component edit(CourtHearing h) {
        if (!page.keeps()) {
            return new Span();
        }
        return Forms.rowButton("patronage-hearing-edit-" + h.id(), VaadinIcon.EDIT, "patronage.ui.court.edit",
                () -> new HearingDialog(page, h).open());
    }
}
