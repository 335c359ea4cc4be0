package org.opora.patronage.consilium.internal;

import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.link.ConsiliumLink;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.patronage.api.link.RelatedRecord;
import org.opora.patronage.api.link.RelatedRecords;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pupil's finalised consilium protocols on the page of the pupil's patronage case: the protocol's number and
 * date, what the consilium decided and the curator it appointed, and the meeting's page. The consilium module
 * chooses the protocols the signed-in user may read and journals the read.
 */
@Component
public class ConsiliumRecords implements RelatedRecords {

    static final String SOURCE = "consilium";
    /** The address of a consilium meeting's page in the intranet, followed by the meeting's id. */
    static final String MEETING_ROUTE = "consilium/meeting/";
    /** A decision's words longer than this are cut; the protocol has them whole. */
    static final int DETAIL = 300;

    private final ConsiliumLink link;
    private final Translator translator;

    @Activate
    public ConsiliumRecords(@Reference ConsiliumLink link, @Reference Translator translator) {
        this.link = link;
        this.translator = translator;
    }

    @Override
    public List<RelatedRecord> forPupil(long pupilId, Locale locale) {
        String source = translator.translate("patronage.consilium.source", locale);
        return link.protocolsFor(pupilId).stream().map(ref -> new RelatedRecord(SOURCE, source,
                translator.translate("patronage.consilium.protocol", locale, link.citation(ref, locale)),
                detail(ref, locale), ref.date(), MEETING_ROUTE + ref.meetingId())).toList();
    }

    private String detail(ProtocolRef ref, Locale locale) {
        String decision = ref.decisionText().strip().replaceAll("\\s+", " ");
        if (decision.length() > DETAIL) {
            decision = decision.substring(0, DETAIL) + "\u2026";
        }
        if (ref.curatorName().isBlank()) {
            return decision;
        }
        String curator = translator.translate("patronage.consilium.curator", locale, ref.curatorName());
        return decision.isEmpty() ? curator : decision + " " + curator;
    }
}
