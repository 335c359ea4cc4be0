package org.opora.core.ui.internal.document;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the register of the service's documents ({@code documents}). */
@Component(service = ViewContribution.class)
@OporaView(route = "documents", titleKey = "core.ui.documents.title", icon = "vaadin:folder-open", order = 150,
        permission = CorePermissions.DOCUMENT_READ)
public class DocumentsViewContribution implements ViewContribution {

    private final DocumentRegister register;
    private final AttachmentCheck files;
    private final StaffService staff;
    private final SchoolService school;
    private final ReferenceLists lists;
    private final SecurityContext security;
    private final PupilService pupils;

    @Activate
    public DocumentsViewContribution(@Reference DocumentRegister register, @Reference AttachmentCheck files,
            @Reference StaffService staff, @Reference SchoolService school, @Reference ReferenceLists lists,
            @Reference SecurityContext security, @Reference PupilService pupils) {
        this.pupils = pupils;
        this.register = register;
        this.files = files;
        this.staff = staff;
        this.school = school;
        this.lists = lists;
        this.security = security;
    }

    @Override
    public Class<DocumentsView> viewType() {
        return DocumentsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new DocumentsView(register, files, staff, school, lists, security, pupils);
    }
}
