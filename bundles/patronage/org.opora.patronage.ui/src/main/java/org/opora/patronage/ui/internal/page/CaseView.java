package org.opora.patronage.ui.internal.page;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.RecordTabs;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.legal.CourtService;
import org.opora.patronage.api.legal.KdnService;
import org.opora.patronage.api.link.RelatedRecords;
import org.opora.patronage.api.report.ReportService;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorService;
import org.opora.patronage.api.team.TeamService;
import org.opora.patronage.api.work.ContactService;
import org.opora.patronage.api.work.WorkPlanService;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;

/**
 * One patronage case ({@code patronage/case/<id>}): the header with the keeper's actions and the tabs curators,
 * micro-team and specialists, work plan, contacts, KDN and court, the curators' reports, and, when other modules
 * that know the pupil are installed, their related records. The service decides
 * who may read the case and journals the read and a refusal; a user who may not read it sees the kit's message and
 * nothing of the case.
 */
public class CaseView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private long caseId;
    private transient StaffMember me;
    private boolean staffRead;

    /** The services the page's tabs call. */
    public record Services(CaseService cases, CuratorService curators, TeamService team, WorkPlanService plan,
            ContactService contacts, KdnService kdn, CourtService court, ReportService reports,
            PatronageSettingsService settings, StaffService staff, OrderService orders, DocumentService documents,
            ReferenceLists coreLists, SecurityContext security, Supplier<List<RelatedRecords>> related) {
    }

    public CaseView(Services services) {
        this.services = services;
        setId("patronage-case");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        show(id);
    }

    /** Shows the case with the id, or that there is nothing to show. */
    void show(Long id) {
        if (id == null) {
            unavailable();
            return;
        }
        caseId = id;
        load();
    }

    /** Reads the case afresh and shows it, keeping the open tab. */
    void load() {
        int selectedTab = RecordTabs.openIn(this);
        Optional<PatronageCase> found = Failures.get(() -> services.cases().get(caseId));
        if (found.isEmpty()) {
            unavailable();
            return;
        }
        PatronageCase c = found.get();
        List<Curator> curators = Failures.read(() -> services.curators().curators(c.id()), List.<Curator>of());
        CasePage page = new CasePage(services, c, services.security().currentUser().orElse(null), me(),
                PatronageTexts.settings(services.settings(), getLocale()), curators, this::load);
        removeAll();
        RecordTabs tabs = new RecordTabs("patronage-case-tabs", "patronage-tab-", "patronage.ui.case.tab.")
                .add("curators", new CuratorsPanel(page))
                .add("team", new TeamPanel(page))
                .add("plan", new PlanPanel(page))
                .add("contacts", new ContactsPanel(page))
                .add("legal", new LegalPanel(page))
                .add("reports", new ReportsPanel(page));
        List<RelatedRecords> related = services.related().get();
        if (!related.isEmpty()) {
            tabs.add("related", new RelatedPanel(page, related));
        }
        add(new CaseHeader(page));
        addAndExpand(tabs.open(selectedTab));
    }

    /** The signed-in user's staff record, read once; {@code null} without one. */
    private StaffMember me() {
        if (!staffRead) {
            staffRead = true;
            me = Failures.read(() -> services.security().currentUser()
                    .flatMap(u -> services.staff().byUsername(u.username())).orElse(null), null);
        }
        return me;
    }

    /** The case cannot be shown: the kit has said why (not allowed, not found); nothing of the case is shown. */
    private void unavailable() {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("patronage.ui.case.unavailable"));
        text.setId("patronage-case-unavailable");
        add(new H2(getTranslation("patronage.ui.case.page")), text);
    }
}
