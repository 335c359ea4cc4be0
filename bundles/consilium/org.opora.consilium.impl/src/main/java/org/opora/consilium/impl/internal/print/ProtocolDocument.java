package org.opora.consilium.impl.internal.print;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.core.api.SchoolService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The protocol of a meeting as the school files it (record id = the meeting's id). The meeting services check that
 * the user may read the meeting and audits the read; a user without access gets its AccessDeniedException. A
 * protocol not yet finalised prints as a draft.
 */
@Component(service = PrintableDocument.class)
public class ProtocolDocument extends ConsiliumForm {

    public static final String ID = "consilium.protocol";

    private final MeetingService meetings;
    private final ParticipantService participants;
    private final AgendaService agenda;
    private final ProtocolService protocol;

    @Activate
    public ProtocolDocument(@Reference MeetingService meetings, @Reference ParticipantService participants,
            @Reference AgendaService agenda, @Reference ProtocolService protocol, @Reference ConsiliumService consilium,
            @Reference SchoolService school, @Reference Translator translator) {
        super(consilium, school, translator);
        this.meetings = meetings;
        this.participants = participants;
        this.agenda = agenda;
        this.protocol = protocol;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "consilium.print.protocol.title";
    }

    @Override
    protected PrintDocument build(long meetingId, PrintTexts texts, String schoolName) {
        return new ProtocolLayout(texts, schoolName).build(meetings.get(meetingId),
                participants.participants(meetingId), agenda.agenda(meetingId), protocol.amendments(meetingId));
    }
}
