package org.opora.teachersupport.ui.internal.page;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.opora.core.api.CoreException;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.document.Attachment;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.help.Evidence;
import org.opora.teachersupport.api.help.HelpService;
import org.opora.teachersupport.ui.internal.common.SupportTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence tab (regulation 004, 5.2): the analytical materials (comparative analyses of pupils' work, tests and
 * the teacher's materials before and after the support, questionnaire results) and the feedback (of pupils, class
 * teachers, parents, the monitoring group), each with its stage and its file to download; those who work on the
 * record add evidence with a file the core's file check accepts.
 */
class EvidencePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(EvidencePanel.class);

    EvidencePanel(RecordPage page) {
        setId("ts-evidence");
        setPadding(false);
        if (page.works()) {
            Button add = Forms.primary("ts-evidence-add", "teachersupport.ui.evidence.add",
                    () -> new EvidenceDialog(page).open());
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        }
        Paragraph hint = new Paragraph(getTranslation("teachersupport.ui.evidence.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        Grid<Evidence> grid = Panels.grid("ts-evidence-grid", "teachersupport.ui.evidence.none");
        Panels.fixed(grid.addColumn(e -> Dates.format(e.date())), "teachersupport.ui.evidence.date", "7rem");
        Panels.text(grid.addColumn(e -> TeacherSupportSettings.label(page.settings().evidenceKinds(), e.kind())),
                "teachersupport.ui.evidence.kind", 3);
        Panels.fixed(grid.addColumn(e -> SupportTexts.label(SupportTexts.STAGE, e.stage())),
                "teachersupport.ui.evidence.stage", "10rem");
        Panels.text(grid.addColumn(Evidence::description), "teachersupport.ui.evidence.description", 4);
        Panels.text(grid.addComponentColumn(e -> file(page.services().help(), e)), "teachersupport.ui.evidence.file",
                2);
        Panels.text(grid.addColumn(Evidence::addedBy), "teachersupport.ui.evidence.addedBy", 2);
        grid.setItems(Failures.read(() -> page.services().help().evidence(page.id()), List.<Evidence>of()));
        add(hint, grid);
    }

    /** The file to download; it is read (and the read journaled) when the link is followed. */
    static Component file(HelpService help, Evidence e) {
        if (!e.hasFile()) {
            return new Span();
        }
        long id = e.id();
        DownloadHandler file = DownloadHandler.fromInputStream(event -> {
            try {
                Attachment a = help.evidenceFile(id);
                byte[] content = a.content();
                return new DownloadResponse(new ByteArrayInputStream(content), a.fileName(), a.contentType(),
                        content.length);
            } catch (AccessDeniedException x) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (NotFoundException x) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (CoreException x) {
                LOG.warn("Evidence {} could not be downloaded: {}", id, x.messageKey());
                return DownloadResponse.error(HttpStatusCode.BAD_REQUEST);
            }
        });
        Anchor link = new Anchor(file, AttachmentType.DOWNLOAD, e.fileName());
        link.setId("ts-evidence-file-" + id);
        link.setTitle(e.fileName());
        return link;
    }
}
