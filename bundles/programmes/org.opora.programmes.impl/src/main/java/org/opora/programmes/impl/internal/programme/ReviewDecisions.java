package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.Map;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.support.Checks;
import org.opora.programmes.impl.internal.support.Steps;

/**
 * The consilium's review decision on a programme in review (regulation 002: the consilium held on the results of
 * the programme decides to close, continue or change it), as the consilium module reports it through its
 * protocol listener: a closing decision closes the programme with the decision as the result; a decision to extend
 * or to change is recorded as a step for the curator, who then extends or changes the programme with its content.
 */
final class ReviewDecisions {

    /** The consilium's decision codes about programmes (its {@code Decisions}) and the steps they record. */
    static final String CLOSE = "programme-close";
    static final Map<String, String> RECORDED = Map.of("programme-extend", "EXTEND_DECIDED", "programme-change",
            "CHANGE_DECIDED");

    private final ProgrammeContext ctx;

    ReviewDecisions(ProgrammeContext ctx) {
        this.ctx = ctx;
    }

    /** Allowed to the consilium's chair, deputy chair and secretary and to the system. */
    Programme decided(long programmeId, ProtocolCitation protocol, String decision, String text) {
        Caller who = ctx.people.who();
        if (!who.isSystem() && !who.keeper()) {
            throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
        }
        LocalDate today = ctx.db.today();
        ProtocolCitation p = ProgrammeChecks.protocol("protocol", FieldChecks.present("protocol", protocol), today);
        String code = FieldChecks.required("decision", decision, 64);
        String words = FieldChecks.maxLength("text", text, Checks.LONG_TEXT);
        if (!CLOSE.equals(code) && !RECORDED.containsKey(code)) {
            throw new ValidationException("decision", "programmes.error.decisionUnknown", code);
        }
        Programme decided = ctx.db.write(em -> {
            ProgrammeEntity e = ctx.programme(em, programmeId);
            if (e.getState() != ProgrammeState.REVIEW) {
                throw new ValidationException("", "programmes.error.notInReview");
            }
            if (CLOSE.equals(code)) {
                ctx.transition(em, who, e, ProgrammeState.CLOSED, Steps.fixed(who, ProgrammeState.CLOSED.name(),
                        p.date(), ctx.db.now(), words, p.number(), p.date()));
            } else {
                ctx.step(em, e, Steps.fixed(who, RECORDED.get(code), p.date(), ctx.db.now(), words, p.number(),
                        p.date()));
            }
            em.flush();
            return ProgrammeRecords.record(em, e);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId, "review " + code));
        return decided;
    }
}
