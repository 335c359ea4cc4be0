package org.opora.core.ui.internal.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.CardSection;
import org.opora.platform.ui.api.PupilCardSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The documents tab of the pupil card: the register's documents about the pupil that the user may read (the
 * register leaves out the others: an examination is seen by its examiner and the people named for confidential
 * documents).
 */
@org.osgi.service.component.annotations.Component(service = PupilCardSection.class)
@CardSection(id = "documents", titleKey = "core.ui.documents.cardTab", order = 350,
        permission = CorePermissions.DOCUMENT_READ)
public class DocumentsCardSection implements PupilCardSection {

    private final DocumentRegister register;
    private final ReferenceLists lists;

    @Activate
    public DocumentsCardSection(@Reference DocumentRegister register, @Reference ReferenceLists lists) {
        this.register = register;
        this.lists = lists;
    }

    @Override
    public Component create(long pupilId) {
        Labels types = Labels.of(lists, ReferenceList.DOCUMENT_TYPES, UI.getCurrent().getLocale());
        Grid<DocumentRecord> grid = Grids.grid("pupil-documents");
        Grids.column(grid, d -> types.label(d.type()), "core.ui.documents.type");
        grid.addComponentColumn(DocumentsView::titleLink).setHeader(grid.getTranslation("core.ui.documents.docTitle"))
                .setFlexGrow(2);
        Grids.column(grid, DocumentRecord::author, "core.ui.documents.author");
        Grids.column(grid, d -> d.year().label(), "core.ui.common.year");
        Grids.column(grid, d -> DocumentsView.state(grid, d), "core.ui.documents.state");
        grid.setEmptyStateText(grid.getTranslation("core.ui.documents.noneAboutPupil"));
        DocumentQuery query = DocumentQuery.aboutPupil(pupilId);
        Grids.lazy(grid, (offset, limit) -> register.find(query, offset, limit), () -> register.count(query));
        return grid;
    }
}
