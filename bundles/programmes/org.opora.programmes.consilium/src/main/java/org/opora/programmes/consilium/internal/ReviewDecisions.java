package org.opora.programmes.consilium.internal;

import java.util.List;

import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.link.ProtocolListener;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the review decisions of a finalised protocol to the programmes that were proposed for review: closing
 * closes the programme citing the protocol; extending or changing it is recorded for the curator. A pupil discussed
 * on a programme answers its curator's open request for a meeting. A decision that
 * can never be applied (the programme is no longer under review — as after the same decision applied before —, or
 * is gone, or the caller may not apply it) is logged and leaves the protocol as it is; any other failure is thrown,
 * so that the consilium's outbox delivers the protocol again later.
 */
@Component
public class ReviewDecisions implements ProtocolListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewDecisions.class);

    private final ProgrammeLifecycle lifecycle;

    @Activate
    public ReviewDecisions(@Reference ProgrammeLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void protocolFinalised(List<ProtocolRef> items) {
        RuntimeException later = null;
        for (ProtocolRef ref : items) {
            try {
                SourceRefs.programmeId(ref.sourceRef()).ifPresent(id -> apply(id, ref));
            } catch (RuntimeException e) {
                // the other parts are applied all the same; the outbox calls again for all, applied ones are no-ops
                if (later == null) {
                    later = e;
                } else {
                    later.addSuppressed(e);
                }
            }
        }
        if (later != null) {
            throw later;
        }
    }

    private void apply(long programmeId, ProtocolRef ref) {
        try {
            // the pupil was discussed: a curator's request for a meeting is answered
            lifecycle.meetingHeld(programmeId, new ProtocolCitation(ref.number(), ref.date(), ref.itemId()));
        } catch (RuntimeException e) {
            if (!isFinal(e)) {
                throw e;
            }
            LOG.warn("The curator's request for a meeting on programme {} was not closed by protocol {}: {}",
                    programmeId, ref.number(), e.toString());
        }
        ref.decisions().stream().filter(Decisions::aboutProgramme).findFirst().ifPresent(decision -> {
            try {
                lifecycle.reviewDecided(programmeId, new ProtocolCitation(ref.number(), ref.date(), ref.itemId()),
                        decision, ref.decisionText());
            } catch (RuntimeException e) {
                if (!isFinal(e)) {
                    throw e;
                }
                LOG.warn("The consilium's decision {} of protocol {} was not applied to programme {}: {}", decision,
                        ref.number(), programmeId, e.toString());
            }
        });
    }

    /** Whether a later call would fail the same way: the service refused the step, not failed to take it. */
    static boolean isFinal(RuntimeException e) {
        return e instanceof ValidationException || e instanceof NotFoundException
                || e instanceof AccessDeniedException;
    }
}
