package org.opora.consilium.impl.internal.print;

import java.util.Locale;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.SchoolService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The protocol of a meeting as the school files it (record id = the meeting's id). The meeting service checks that
 * the user may read the meeting and audits the read; a user without access gets its AccessDeniedException. A
 * protocol not yet finalised prints as a draft.
 */
@Component
public class ProtocolDocument implements PrintableDocument {

    public static final String ID = "consilium.protocol";

    private final MeetingService meetings;
    private final ConsiliumService consilium;
    private final SchoolService school;
    private final Translator translator;

    @Activate
    public ProtocolDocument(@Reference MeetingService meetings, @Reference ConsiliumService consilium,
            @Reference SchoolService school, @Reference Translator translator) {
        this.meetings = meetings;
        this.consilium = consilium;
        this.school = school;
        this.translator = translator;
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
    public String requiredPermission() {
        return ConsiliumPermissions.ACCESS;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long meetingId = RecordIds.parse(recordId);
        try {
            ProtocolLayout layout = new ProtocolLayout(
                    new PrintTexts(translator, locale, consilium.settings(locale)), school.school().name());
            return layout.build(meetings.get(meetingId), meetings.participants(meetingId),
                    meetings.agenda(meetingId), meetings.amendments(meetingId));
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("no such meeting: " + meetingId, e);
        }
    }
}
