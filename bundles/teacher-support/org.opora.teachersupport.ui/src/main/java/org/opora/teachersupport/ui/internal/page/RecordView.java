package org.opora.teachersupport.ui.internal.page;

import java.util.Optional;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.RecordTabs;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.teachersupport.api.TeacherSupportSettingsService;
import org.opora.teachersupport.api.conclusion.ConclusionService;
import org.opora.teachersupport.api.diagnosis.DiagnosisService;
import org.opora.teachersupport.api.help.HelpService;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.route.RouteService;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * One support record ({@code teacher-support/record/<id>}): the header with the opening record and the actions the
 * user may take, and the tabs problems, diagnosis, individual route, help, evidence and general conclusion. The
 * service decides who may read the record and journals the read and a refusal; a user who may not read it sees the
 * kit's message and nothing of the record.
 */
public class RecordView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private long recordId;

    /** The services the page's tabs call. */
    public record Services(SupportService records, DiagnosisService diagnosis, RouteService route, HelpService help,
            ConclusionService conclusion, TeacherSupportSettingsService settings, StaffService staff,
            AttachmentCheck files, DocumentService documents, ReferenceLists coreLists, SecurityContext security) {
    }

    public RecordView(Services services) {
        this.services = services;
        setId("ts-record");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        show(id);
    }

    /** Shows the record with the id, or that there is nothing to show. */
    void show(Long id) {
        if (id == null) {
            unavailable();
            return;
        }
        recordId = id;
        load();
    }

    /** Reads the record afresh and shows it, keeping the open tab. */
    void load() {
        int selectedTab = RecordTabs.openIn(this);
        Optional<SupportRecord> found = Failures.get(() -> services.records().get(recordId));
        if (found.isEmpty()) {
            unavailable();
            return;
        }
        RecordPage page = new RecordPage(services, found.get(), services.security().currentUser().orElse(null),
                SupportTexts.settings(services.settings(), getLocale()), this::load);
        removeAll();
        RecordTabs tabs = new RecordTabs("ts-record-tabs", "ts-tab-", "teachersupport.ui.record.tab.")
                .add("problems", new ProblemsPanel(page))
                .add("diagnosis", new DiagnosisPanel(page))
                .add("route", new RoutePanel(page))
                .add("help", new HelpPanel(page))
                .add("evidence", new EvidencePanel(page))
                .add("conclusion", new ConclusionPanel(page));
        add(new RecordHeader(page));
        addAndExpand(tabs.open(selectedTab));
    }

    /** The record cannot be shown: the kit has said why (not allowed, not found); nothing of the record is shown. */
    private void unavailable() {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("teachersupport.ui.record.unavailable"));
        text.setId("ts-record-unavailable");
        add(new H2(getTranslation("teachersupport.ui.record.page")), text);
    }
}
