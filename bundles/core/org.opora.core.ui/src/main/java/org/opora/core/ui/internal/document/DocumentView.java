package org.opora.core.ui.internal.document;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Labels;
import org.opora.platform.api.security.AccessDeniedException;

/**
 * One document of the register ({@code documents/document/<id>}): its type, title, author, pupil, year, approval,
 * state and file. A document the user may not read (confidential, about a pupil) shows a refusal; the register
 * journals the attempt.
 */
public class DocumentView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    private final transient DocumentRegister register;
    private final transient Labels types;

    public DocumentView(DocumentRegister register, Labels types) {
        this.register = register;
        this.types = types;
        setId("document-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        removeAll();
        if (id == null) {
            message("core.ui.document.notFound.title", "core.ui.document.notFound.text", "document-not-found");
            return;
        }
        try {
            show(register.get(id));
        } catch (NotFoundException e) {
            message("core.ui.document.notFound.title", "core.ui.document.notFound.text", "document-not-found");
        } catch (AccessDeniedException e) {
            message("core.ui.document.denied.title", "core.ui.document.denied.text", "document-denied");
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private void show(DocumentRecord d) {
        add(new H2(d.title()));
        line("type", types.label(d.type()));
        line("author", d.author());
        if (d.pupilId() != null) {
            Anchor card = new Anchor("pupil/" + d.pupilId(), d.pupil());
            card.setId("document-pupil-link");
            card.getElement().setAttribute("router-link", true);
            Paragraph p = new Paragraph(new Span(getTranslation("core.ui.document.pupil") + ": "), card);
            p.setId("document-pupil");
            add(p);
        }
        line("year", d.year().label());
        if (d.approved()) {
            line("approved", getTranslation("core.ui.documents.approvedBy", d.approvedBy(),
                    Dates.format(d.approvedOn())));
        }
        line("state", DocumentsView.state(this, d));
        if (!d.destroyed()) {
            Anchor file = DocumentFile.link(register, d);
            add(new Paragraph(new Span(getTranslation("core.ui.documents.file") + ": "), file));
        }
    }

    private void line(String key, String value) {
        if (value != null && !value.isEmpty()) {
            Paragraph p = new Paragraph(getTranslation("core.ui.document." + key) + ": " + value);
            p.setId("document-" + key);
            add(p);
        }
    }

    private void message(String titleKey, String textKey, String id) {
        add(new H2(getTranslation(titleKey)));
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.setId(id);
        add(text);
    }
}
