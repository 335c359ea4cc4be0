package org.opora.patronage.ui.internal.page;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.legal.CourtService;
import org.opora.patronage.api.legal.KdnService;
import org.opora.patronage.api.link.RelatedRecords;
import org.opora.patronage.api.report.ReportService;
import org.opora.patronage.api.team.CuratorService;
import org.opora.patronage.api.team.TeamService;
import org.opora.patronage.api.work.ContactService;
import org.opora.patronage.api.work.WorkPlanService;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Contributes the page of one patronage case ({@code patronage/case/<id>}), opened from the list and the card. */
@Component(service = ViewContribution.class)
@OporaView(route = PatronageTexts.CASE_ROUTE, titleKey = "patronage.ui.case.page", icon = "vaadin:shield",
        order = 411, permission = PatronagePermissions.ACCESS, navigation = false)
public class CaseViewContribution implements ViewContribution {

    private final CaseView.Services services;
    private final List<RelatedRecords> related = new CopyOnWriteArrayList<>();

    @Activate
    public CaseViewContribution(@Reference CaseService cases, @Reference CuratorService curators,
            @Reference TeamService team, @Reference WorkPlanService plan, @Reference ContactService contacts,
            @Reference KdnService kdn, @Reference CourtService court, @Reference ReportService reports,
            @Reference PatronageSettingsService settings, @Reference StaffService staff,
            @Reference OrderService orders, @Reference DocumentService documents, @Reference ReferenceLists coreLists,
            @Reference SecurityContext security) {
        this.services = new CaseView.Services(cases, curators, team, plan, contacts, kdn, court, reports, settings,
                staff, orders, documents, coreLists, security, () -> List.copyOf(related));
    }

    /** Other modules' records about the pupil (the consilium's, the programmes' links), coming and going. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRelated(RelatedRecords source) {
        related.add(source);
    }

    void removeRelated(RelatedRecords source) {
        related.remove(source);
    }

    @Override
    public Class<CaseView> viewType() {
        return CaseView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new CaseView(services);
    }
}
