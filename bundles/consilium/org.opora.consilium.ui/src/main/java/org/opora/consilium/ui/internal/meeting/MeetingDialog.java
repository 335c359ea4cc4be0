package org.opora.consilium.ui.internal.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * Creates a meeting: its header, with the chair and secretary of the consilium on the day proposed, and the agenda
 * filled from the proposals for that day that stay checked. The new meeting opens afterwards.
 */
class MeetingDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient MeetingService meetings;
    private final transient AgendaService agenda;
    private final transient ConsiliumService consilium;
    private final transient LongConsumer opened;
    private final transient BodyRoles roles;
    private final MeetingForm form;
    private final ProposalList proposals;

    MeetingDialog(MeetingService meetings, AgendaService agenda, ConsiliumService consilium, StaffService staff,
            PupilService pupils, BodyRoles roles, ConsiliumSettings settings, LongConsumer opened) {
        this.roles = roles;
        this.meetings = meetings;
        this.agenda = agenda;
        this.consilium = consilium;
        this.opened = opened;
        setId("meeting-dialog");
        setHeaderTitle(getTranslation("consilium.ui.meeting.new"));
        setWidth("56em");
        form = new MeetingForm(staff, settings);
        proposals = new ProposalList(agenda, pupils);
        form.date().setValue(LocalDate.now());
        proposeOfficers(LocalDate.now());
        proposals.load(LocalDate.now());
        form.date().addValueChangeListener(e -> {
            proposeOfficers(form.day());
            proposals.load(e.getValue(), form.date()); // a day refused is marked on the date, not in a message
        });
        add(form, new H4(getTranslation("consilium.ui.meeting.proposals")), proposals);
        getFooter().add(Forms.button("meeting-cancel", "consilium.ui.common.cancel", this::close),
                Forms.primary("meeting-save", "consilium.ui.meeting.create", this::save));
    }

    private void proposeOfficers(LocalDate day) {
        List<BodyMember> members = Failures.read(() -> consilium.composition(day), List.of());
        form.proposeOfficers(officer(members, BodyRoleMeaning.CHAIR), officer(members, BodyRoleMeaning.SECRETARY));
    }

    /** The holder of the role that means the chair or the secretary, whatever the school calls it. */
    private Long officer(List<BodyMember> members, BodyRoleMeaning meaning) {
        return members.stream().filter(m -> roles.is(m.role(), meaning)).map(BodyMember::staffId).findFirst()
                .orElse(null);
    }

    private void save() {
        if (!form.complete(meetings::check)) {
            return;
        }
        Meeting created = Failures.on(form.fields()).get(() -> meetings.create(form.draft())).orElse(null);
        if (created == null) {
            return;
        }
        int added = 0;
        for (AgendaProposal p : proposals.checked()) {
            if (Failures.run(() -> agenda.addItem(created.id(), p))) {
                added++;
            }
        }
        Notifications.success(getTranslation("consilium.ui.meeting.created", created.number(), added));
        close();
        opened.accept(created.id());
    }
}
