package org.opora.consilium.impl.internal.print;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.core.api.SchoolService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The extract from a protocol handed to a pupil's parents (record id = the pupil's agenda item): that pupil's part
 * only, with a line on which the parent acknowledges the decision. Access is checked and audited by the meeting
 * service as for the protocol.
 */
@Component(service = PrintableDocument.class)
public class ExtractDocument extends ConsiliumForm {

    public static final String ID = "consilium.extract";

    private final MeetingService meetings;
    private final AgendaService agenda;

    @Activate
    public ExtractDocument(@Reference MeetingService meetings, @Reference AgendaService agenda,
            @Reference ConsiliumService consilium, @Reference SchoolService school, @Reference Translator translator) {
        super(consilium, school, translator);
        this.meetings = meetings;
        this.agenda = agenda;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "consilium.print.extract.title";
    }

    @Override
    protected PrintDocument build(long itemId, PrintTexts texts, String schoolName) {
        AgendaItem item = agenda.item(itemId);
        return new ExtractLayout(texts, schoolName).build(meetings.get(item.meetingId()), item);
    }
}
