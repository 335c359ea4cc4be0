package org.opora.teachersupport.ui.internal.page;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.TeacherSupportSettingsService;
import org.opora.teachersupport.api.conclusion.ConclusionService;
import org.opora.teachersupport.api.diagnosis.DiagnosisService;
import org.opora.teachersupport.api.help.HelpService;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.route.RouteService;
import org.opora.teachersupport.ui.internal.common.SupportTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the page of one support record ({@code teacher-support/record/<id>}), opened from the list and the card. */
@Component(service = ViewContribution.class)
@OporaView(route = SupportTexts.RECORD_ROUTE, titleKey = "teachersupport.ui.record.page", icon = "vaadin:academy-cap",
        order = 511, permission = TeacherSupportPermissions.ACCESS, navigation = false)
public class RecordViewContribution implements ViewContribution {

    private final RecordView.Services services;

    @Activate
    public RecordViewContribution(@Reference SupportService records, @Reference DiagnosisService diagnosis,
            @Reference RouteService route, @Reference HelpService help, @Reference ConclusionService conclusion,
            @Reference TeacherSupportSettingsService settings, @Reference StaffService staff,
            @Reference AttachmentCheck files, @Reference DocumentService documents,
            @Reference ReferenceLists coreLists, @Reference SecurityContext security) {
        this.services = new RecordView.Services(records, diagnosis, route, help, conclusion, settings, staff, files,
                documents, coreLists, security);
    }

    @Override
    public Class<RecordView> viewType() {
        return RecordView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new RecordView(services);
    }
}
