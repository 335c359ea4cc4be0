package org.opora.patronage.programmes.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.opora.patronage.api.link.RelatedRecord;
import org.opora.patronage.api.link.RelatedRecords;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pupil's individual support programmes on the page of the pupil's patronage case: state, period, curator and
 * overdue plan rows, with a link to each programme the user may open. The programmes module chooses what the
 * signed-in user may know (a user who may only know that a programme exists gets no link and no plan figures); a
 * user who may know nothing of programmes sees none.
 */
@Component
public class ProgrammeRecords implements RelatedRecords {

    static final String SOURCE = "programmes";
    /** The address of a programme's page in the intranet, followed by the programme's id. */
    static final String PROGRAMME_ROUTE = "programmes/programme/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProgrammeService programmes;
    private final Translator translator;

    @Activate
    public ProgrammeRecords(@Reference ProgrammeService programmes, @Reference Translator translator) {
        this.programmes = programmes;
        this.translator = translator;
    }

    @Override
    public List<RelatedRecord> forPupil(long pupilId, Locale locale) {
        List<ProgrammeSummary> found;
        try {
            found = programmes.ofPupil(pupilId);
        } catch (AccessDeniedException e) {
            return List.of(); // the user may not know of programmes; the programmes module journals the refusal
        }
        String source = translator.translate("patronage.programmes.source", locale);
        return found.stream().map(p -> new RelatedRecord(SOURCE, source,
                translator.translate("patronage.programmes.programme", locale,
                        translator.translate(p.state().labelKey(), locale), day(p.start()), day(p.end())),
                detail(p, locale), p.start(), p.contentVisible() ? PROGRAMME_ROUTE + p.id() : "")).toList();
    }

    private String detail(ProgrammeSummary p, Locale locale) {
        String curator = p.curatorName() == null || p.curatorName().isBlank() ? ""
                : translator.translate("patronage.programmes.curator", locale, p.curatorName());
        if (p.overdueRows() == 0) {
            return curator;
        }
        String overdue = translator.translate("patronage.programmes.overdue", locale, p.overdueRows());
        return curator.isEmpty() ? overdue : curator + " " + overdue;
    }

    private static String day(LocalDate day) {
        return day == null ? "\u2014" : DAY.format(day);
    }
}
