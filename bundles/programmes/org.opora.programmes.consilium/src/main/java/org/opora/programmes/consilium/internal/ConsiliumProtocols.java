package org.opora.programmes.consilium.internal;

import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.link.ConsiliumLink;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.programmes.api.programme.CitableProtocol;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.ProtocolSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the programme form the pupil's finalised consilium protocols to cite, with what the consilium decided
 * (problems, goal, tasks, resources, curator) for the curator to take over. The consilium module checks and journals
 * each read as the signed-in user's.
 */
@Component
public class ConsiliumProtocols implements ProtocolSource {

    /** A decision's words longer than this are cut in the label; the protocol has them whole. */
    static final int LABEL_DECISION = 90;

    private final ConsiliumLink link;

    @Activate
    public ConsiliumProtocols(@Reference ConsiliumLink link) {
        this.link = link;
    }

    @Override
    public List<CitableProtocol> protocolsFor(long pupilId, Locale locale) {
        return link.protocolsFor(pupilId).stream().map(ref -> citable(ref, locale)).toList();
    }

    private CitableProtocol citable(ProtocolRef ref, Locale locale) {
        String decision = ref.decisionText().strip().replaceAll("\\s+", " ");
        if (decision.length() > LABEL_DECISION) {
            decision = decision.substring(0, LABEL_DECISION) + "\u2026";
        }
        String citation = link.citation(ref, locale);
        String label = decision.isEmpty() ? citation : citation + ": " + decision;
        return new CitableProtocol(new ProtocolCitation(ref.number(), ref.date(), ref.itemId()), label,
                ref.problems(), ref.goal(), ref.tasks(), ref.resources(), ref.curatorId());
    }
}
