package org.opora.patronage.impl.internal.meeting;

import java.util.Locale;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.SchoolService;
import org.opora.core.support.FormTexts;
import org.opora.core.support.RecordIds;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.AdminMeetingService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The minutes of the director's administrative meeting (record id = the meeting's id), in the reader's language:
 * the cases discussed with the curators' reports heard and the decisions, signed by the director. Printed by the
 * holders of {@code patronage.meeting}; the meeting service journals the read. Minutes not yet finalised print as a
 * draft.
 */
@Component(service = PrintableDocument.class)
public class MinutesForm implements PrintableDocument {

    public static final String ID = "patronage.minutes";
    private static final Logger LOG = LoggerFactory.getLogger(MinutesForm.class);

    private final AdminMeetingService meetings;
    private final SchoolService school;
    private final Translator translator;

    @Activate
    public MinutesForm(@Reference AdminMeetingService meetings, @Reference SchoolService school,
            @Reference Translator translator) {
        this.meetings = meetings;
        this.school = school;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "patronage.print.minutes.title";
    }

    @Override
    public String requiredPermission() {
        return PatronagePermissions.MEETING;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        long id = RecordIds.parse(recordId);
        AdminMeeting meeting;
        try {
            meeting = meetings.get(id);
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("no such record of " + ID + ": " + id, e);
        }
        return new MinutesLayout(new FormTexts(translator, locale, "patronage.print.minutes."), schoolName())
                .build(meeting);
    }

    /** The school's name for the head of the minutes; empty when it cannot be read. */
    private String schoolName() {
        try {
            return school.school().name();
        } catch (RuntimeException e) {
            LOG.debug("The school's name could not be read for the minutes: {}", e.toString());
            return "";
        }
    }
}
