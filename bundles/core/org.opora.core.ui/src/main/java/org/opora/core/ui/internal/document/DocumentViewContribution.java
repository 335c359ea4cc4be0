package org.opora.core.ui.internal.document;

import com.vaadin.flow.component.UI;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes one document's page ({@code documents/document/<id>}), opened from the register and the pupil card. */
@Component(service = ViewContribution.class)
@OporaView(route = "documents/document", titleKey = "core.ui.document.title", icon = "vaadin:file-text-o",
        order = 151, permission = CorePermissions.DOCUMENT_READ, navigation = false)
public class DocumentViewContribution implements ViewContribution {

    private final DocumentRegister register;
    private final ReferenceLists lists;

    @Activate
    public DocumentViewContribution(@Reference DocumentRegister register, @Reference ReferenceLists lists) {
        this.register = register;
        this.lists = lists;
    }

    @Override
    public Class<DocumentView> viewType() {
        return DocumentView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new DocumentView(register, Labels.of(lists, ReferenceList.DOCUMENT_TYPES, UI.getCurrent().getLocale()));
    }
}
