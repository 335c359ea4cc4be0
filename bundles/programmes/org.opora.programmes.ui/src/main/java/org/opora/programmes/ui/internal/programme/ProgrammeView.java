package org.opora.programmes.ui.internal.programme;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.RecordTabs;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProtocolSource;
import org.opora.programmes.api.programme.SupportPlanService;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.programmes.ui.internal.common.SchoolLists;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * One support programme ({@code programmes/programme/<id>}): the header and the tabs programme (the 002 form field
 * for field), support plan, lifecycle and the curator's observations. The service decides who may read the
 * content and audits the read; a user who may only know that the programme exists gets one sentence and nothing
 * else of it.
 */
public class ProgrammeView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private long programmeId;
    private transient Long myStaffId;
    private boolean staffRead;

    /**
     * The services the page's tabs call.
     *
     * @param programmes the programme and its form
     * @param lifecycle  the steps of the lifecycle tab, the decision dialog and the change of an approved programme
     * @param plan       the support plan tab and the curator's observations
     * @param protocols  the consilium's protocols to cite, while the link to the consilium module is installed
     * @param coreLists  the core's lists: the directions of work of the plan rows
     */
    public record Services(ProgrammeService programmes, ProgrammeLifecycle lifecycle, SupportPlanService plan,
            ProgrammeSettingsService settings, StaffService staff,
            PupilService pupils, DocumentService documents, SecurityContext security,
            Supplier<Optional<ProtocolSource>> protocols, ReferenceLists coreLists) {
    }

    public ProgrammeView(Services services) {
        this.services = services;
        setId("programme");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        show(id);
    }

    /** Shows the programme with the id, or that there is none. */
    void show(Long id) {
        if (id == null) {
            message("programme-not-found", "programmes.ui.programme.notFound");
            return;
        }
        programmeId = id;
        load();
    }

    /** Reads the programme afresh and shows it, keeping the open tab. */
    void load() {
        int selectedTab = RecordTabs.openIn(this);
        Programme programme;
        try {
            programme = services.programmes().get(programmeId);
        } catch (AccessDeniedException e) {
            message("programme-denied", "programmes.ui.programme.denied");
            return;
        } catch (NotFoundException e) {
            message("programme-not-found", "programmes.ui.programme.notFound");
            return;
        } catch (RuntimeException e) {
            removeAll();
            Failures.show(e);
            return;
        }
        Optional<OporaUser> user = services.security().currentUser();
        ProgrammePage page = new ProgrammePage(services, programme, user.orElse(null), myStaffId(),
                SchoolLists.read(services.settings(), getLocale()), this::load);
        removeAll();
        RecordTabs tabs = new RecordTabs("programme-tabs", "programme-tab-", "programmes.ui.programme.tab.")
                .add("form", new ProgrammeForm(page))
                .add("plan", new PlanPanel(page))
                .add("lifecycle", new LifecyclePanel(page))
                .add("observations", new ObservationsPanel(page));
        add(new ProgrammeHeader(page));
        addAndExpand(tabs.open(selectedTab));
    }

    private Long myStaffId() {
        if (!staffRead) {
            staffRead = true;
            myStaffId = Failures.read(() -> services.security().currentUser()
                    .flatMap(u -> services.staff().byUsername(u.username())).map(StaffMember::id).orElse(null),
                    null);
        }
        return myStaffId;
    }

    private void message(String id, String key) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId(id);
        add(new H2(getTranslation("programmes.ui.programme.page")), ProgrammeTexts.restricted(), text);
    }
}
