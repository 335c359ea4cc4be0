package org.opora.consilium.impl.internal.print;

import java.util.Locale;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.AgendaItem;
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
 * The extract from a protocol handed to a pupil's parents (record id = the pupil's agenda item): that pupil's part
 * only, with a line on which the parent acknowledges the decision. Access is checked and audited by the meeting
 * service as for the protocol.
 */
@Component
public class ExtractDocument implements PrintableDocument {

    public static final String ID = "consilium.extract";

    private final MeetingService meetings;
    private final ConsiliumService consilium;
    private final SchoolService school;
    private final Translator translator;

    @Activate
    public ExtractDocument(@Reference MeetingService meetings, @Reference ConsiliumService consilium,
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
        return "consilium.print.extract.title";
    }

    @Override
    public String requiredPermission() {
        return ConsiliumPermissions.ACCESS;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long itemId = RecordIds.parse(recordId);
        try {
            AgendaItem item = meetings.item(itemId);
            ExtractLayout layout = new ExtractLayout(
                    new PrintTexts(translator, locale, consilium.settings(locale)), school.school().name());
            return layout.build(meetings.get(item.meetingId()), item);
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("no such agenda item: " + itemId, e);
        }
    }
}
