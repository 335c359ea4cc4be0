package org.opora.programmes.consilium.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.link.AgendaSource;
import org.opora.platform.api.i18n.Translator;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Proposes for a meeting's agenda the pupils whose programme is due for review (regulation 002: when a programme
 * ends, the consilium analyses its results and decides whether support ends or goes on).
 */
@Component
public class ReviewProposals implements AgendaSource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The agenda is written in the school's language. */
    private static final Locale SCHOOL = Locale.forLanguageTag("ru");

    private final ProgrammeService programmes;
    private final Translator translator;

    @Activate
    public ReviewProposals(@Reference ProgrammeService programmes, @Reference Translator translator) {
        this.programmes = programmes;
        this.translator = translator;
    }

    @Override
    public List<AgendaProposal> proposals(LocalDate meetingDay) {
        return programmes.dueForReview(meetingDay).stream().map(this::proposal).toList();
    }

    private AgendaProposal proposal(ProgrammeSummary p) {
        String note = translator.translate("programmes.consilium.review", SCHOOL,
                p.end() == null ? "" : DATE.format(p.end()), p.curatorName());
        return new AgendaProposal(p.pupilId(), AgendaReason.PROGRAMME_REVIEW, null, SourceRefs.of(p.id()), note,
                p.end());
    }
}
