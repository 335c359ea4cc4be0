package org.opora.core.ui.internal.report;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.report.ServiceReport;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the service's annual report ({@code service/report}), next to the service's structure. */
@Component(service = ViewContribution.class)
@OporaView(route = "service/report", titleKey = "core.ui.report.title", icon = "vaadin:chart", order = 135,
        permission = CorePermissions.REPORT_READ)
public class ServiceReportViewContribution implements ViewContribution {

    private final ServiceReport report;
    private final DocumentService documents;

    @Activate
    public ServiceReportViewContribution(@Reference ServiceReport report, @Reference DocumentService documents) {
        this.report = report;
        this.documents = documents;
    }

    @Override
    public Class<ServiceReportView> viewType() {
        return ServiceReportView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ServiceReportView(report, documents);
    }
}
