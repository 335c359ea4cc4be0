package org.opora.programmes.consilium.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.link.AgendaSource;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.programmes.api.programme.MeetingRequest;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The curators' requests for an unplanned consilium (regulation 002: the curator initiates unplanned
 * consilium meetings when needed) on the consilium's side: each open request is proposed for the agenda of a
 * meeting being prepared, and is a duty of whoever may create the consilium's meetings until a protocol has discussed
 * the pupil on it ({@link ReviewDecisions} closes it).
 */
@Component(service = {AgendaSource.class, DutyProvider.class})
public class CuratorRequests implements AgendaSource, DutyProvider {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The agenda is written in the school's language. */
    private static final Locale SCHOOL = Locale.forLanguageTag("ru");

    private final ProgrammeLifecycle lifecycle;
    private final ConsiliumService consilium;
    private final Translator translator;

    @Activate
    public CuratorRequests(@Reference ProgrammeLifecycle lifecycle, @Reference ConsiliumService consilium,
            @Reference Translator translator) {
        this.lifecycle = lifecycle;
        this.consilium = consilium;
        this.translator = translator;
    }

    @Override
    public List<AgendaProposal> proposals(LocalDate meetingDay) {
        List<AgendaProposal> result = new ArrayList<>();
        for (MeetingRequest r : open()) {
            String note = translator.translate("programmes.consilium.request", SCHOOL, r.requestedBy(),
                    DATE.format(r.requestedOn()), r.reason());
            result.add(new AgendaProposal(r.pupilId(), AgendaReason.CURATOR_REQUEST, null,
                    SourceRefs.of(r.programmeId()), note, r.requestedOn()));
        }
        return result;
    }

    @Override
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
        if (!consilium.canCreateMeetings()) {
            return List.of();
        }
        List<Duty> result = new ArrayList<>();
        for (MeetingRequest r : open()) {
            result.add(new Duty(translator.translate("programmes.consilium.request.duty", locale, r.pupilName(),
                    r.className()), translator.translate("programmes.consilium.request.detail", locale,
                            r.requestedBy(), DATE.format(r.requestedOn()), r.reason()),
                    r.requestedOn(), "consilium/meetings"));
        }
        return result;
    }

    /** The open requests the current user may see; none for others. */
    private List<MeetingRequest> open() {
        try {
            return lifecycle.meetingRequests();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }
}
