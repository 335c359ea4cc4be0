package org.opora.programmes.ui.internal.programme;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.ui.api.PdfDownload;

/**
 * The top of the programme page: the restriction mark, the pupil and the class, the state, the period, the curator,
 * the revision (with a link to the one it continues) and the printed form.
 */
class ProgrammeHeader extends Div {

    private static final long serialVersionUID = 1L;

    /** The printable form of regulation 002. */
    static final String PROGRAMME_FORM = "programmes.programme";

    ProgrammeHeader(ProgrammePage page) {
        Programme p = page.programme();
        setId("programme-header");
        H2 title = new H2(getTranslation("programmes.ui.programme.title", p.pupilName(), p.className()));
        title.setId("programme-title");
        title.getStyle().set("margin-bottom", "0");
        HorizontalLayout top = new HorizontalLayout(title, ProgrammeTexts.badge(p.state(), "programme-state"),
                ProgrammeTexts.restricted());
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        Anchor pdf = PdfDownload.link(page.services().documents(), PROGRAMME_FORM, String.valueOf(p.id()),
                "programme-" + p.id() + ".pdf", getTranslation("programmes.ui.programme.pdf"),
                UI.getCurrent().getLocale());
        pdf.setId("programme-pdf");
        HorizontalLayout facts = new HorizontalLayout(
                fact("programme-period", "programmes.ui.programme.header.period",
                        ProgrammeTexts.dash(ProgrammeTexts.period(p.start(), p.end()))),
                fact("programme-curator-name", "programmes.ui.programme.header.curator",
                        ProgrammeTexts.dash(p.curatorName())),
                fact("programme-revision", "programmes.ui.programme.header.revision", p.revision()));
        if (p.previousId() != null) {
            facts.add(ProgrammeTexts.link("programme-previous", ProgrammeTexts.programmeHref(p.previousId()),
                    getTranslation("programmes.ui.programme.header.previous")));
        }
        facts.add(pdf);
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        facts.getStyle().set("flex-wrap", "wrap").set("color", "var(--lumo-secondary-text-color)");
        add(top, facts);
    }

    private Span fact(String id, String key, Object... params) {
        Span s = new Span(getTranslation(key, params));
        s.setId(id);
        return s;
    }
}
