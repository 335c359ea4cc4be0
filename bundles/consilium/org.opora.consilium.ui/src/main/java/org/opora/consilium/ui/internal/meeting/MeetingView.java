package org.opora.consilium.ui.internal.meeting;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.RecordTabs;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;

/**
 * A meeting of the consilium ({@code consilium/meeting/<id>}): the header and the tabs details, participants,
 * agenda and protocol. Who may not read the meeting sees only that it is not available, and nothing of it is read;
 * who may read it sees everything read-only; who keeps it edits it until the protocol is finalised, and amends it
 * afterwards.
 */
public class MeetingView extends VerticalLayout implements HasUrlParameter<Long> {

    /** The route of the page; the meeting's id follows it. */
    static final String ROUTE = "consilium/meeting";

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private long meetingId;
    private Long selectedItem;
    private transient Long myStaffId;
    private boolean staffRead;

    /** The services the page's panels call. */
    public record Services(MeetingService meetings, AgendaService agenda, ContributionService contributions,
            ParticipantService participants, ProtocolService protocol, ConsiliumService consilium,
            StaffService staff, PupilService pupils, DocumentService documents, SecurityContext security) {
    }

    public MeetingView(Services services) {
        this.services = services;
        setId("meeting");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        show(id);
    }

    /** Shows the meeting with the id, or that there is none. */
    void show(Long id) {
        if (id == null) {
            notFound();
            return;
        }
        meetingId = id;
        selectedItem = null;
        load();
    }

    /** Reads the meeting afresh and shows it, keeping the open tab and the selected pupil. */
    void load() {
        int selectedTab = RecordTabs.openIn(this);
        MeetingAccess access = Failures.read(() -> services.meetings().access(meetingId), MeetingAccess.NONE);
        if (!access.canRead()) {
            denied();
            return;
        }
        Meeting meeting;
        try {
            meeting = services.meetings().get(meetingId);
        } catch (NotFoundException e) {
            notFound();
            return;
        } catch (RuntimeException e) {
            removeAll();
            Failures.show(e);
            return;
        }
        List<AgendaItem> agenda = Failures.read(() -> services.agenda().agenda(meetingId), List.of());
        Locale locale = UI.getCurrent().getLocale();
        ConsiliumSettings settings = Failures.read(() -> services.consilium().settings(locale),
                new ConsiliumSettings("", false, false, 5, List.of(), List.of(), List.of(), List.of()));
        MeetingPage page = new MeetingPage(services, meeting, agenda, access, settings, myStaffId(), this::load);
        removeAll();
        RecordTabs tabs = new RecordTabs("meeting-tabs", "meeting-tab-", "consilium.ui.meeting.tab.")
                .add("details", new DetailsPanel(page))
                .add("participants", new ParticipantsPanel(page))
                .add("agenda", new AgendaPanel(page, selectedItem, id -> selectedItem = id))
                .add("protocol", new ProtocolPanel(page));
        add(new MeetingHeader(meeting, settings));
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

    private void denied() {
        removeAll();
        H2 title = new H2(getTranslation("consilium.ui.meeting.denied.title"));
        Paragraph text = new Paragraph(getTranslation("consilium.ui.meeting.denied.text"));
        text.setId("meeting-denied");
        add(title, text);
    }

    private void notFound() {
        removeAll();
        H2 title = new H2(getTranslation("consilium.ui.meeting.notFound.title"));
        Paragraph text = new Paragraph(getTranslation("consilium.ui.meeting.notFound.text"));
        text.setId("meeting-not-found");
        add(title, text);
    }
}
