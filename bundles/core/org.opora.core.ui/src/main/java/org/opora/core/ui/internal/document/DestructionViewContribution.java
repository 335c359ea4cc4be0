package org.opora.core.ui.internal.document;

import com.vaadin.flow.component.UI;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Labels;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the documents for destruction ({@code documents/destruction}), opened from the register. */
@Component(service = ViewContribution.class)
@OporaView(route = "documents/destruction", titleKey = "core.ui.destruction.title", icon = "vaadin:trash",
        order = 152, permission = CorePermissions.DOCUMENT_DESTROY, navigation = false)
public class DestructionViewContribution implements ViewContribution {

    private final DocumentRegister register;
    private final ReferenceLists lists;
    private final DocumentService printing;

    private final StaffService staff;

    @Activate
    public DestructionViewContribution(@Reference DocumentRegister register, @Reference ReferenceLists lists,
            @Reference DocumentService printing, @Reference StaffService staff) {
        this.printing = printing;
        this.staff = staff;
        this.register = register;
        this.lists = lists;
    }

    @Override
    public Class<DestructionView> viewType() {
        return DestructionView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new DestructionView(register, Labels.of(lists, ReferenceList.DOCUMENT_TYPES,
                UI.getCurrent().getLocale()), printing, staff);
    }
}
