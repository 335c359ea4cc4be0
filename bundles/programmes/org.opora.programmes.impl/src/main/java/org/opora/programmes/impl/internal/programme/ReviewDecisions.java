package org.opora.programmes.impl.internal.programme;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.Steps;

/**
 * The consilium's review decision on a programme in review (regulation 002: the consilium held on the results of
 * the programme decides to close, continue or change it), as the consilium module reports it through its
 * protocol listener, applied at once: a closing decision closes the programme with the decision as the result; a
 * decision to extend, whose words name the new last day ("prodlit do 31.05.2027"), extends it to that day as a new
 * revision in progress ({@link Revisions#extended}); a decision to change opens the change — a new revision as a draft
 * the curator changes, discusses with the parents and has approved again ({@link Revisions#changeOpened}). An
 * extension whose words name no later day is recorded as a step for the curator, who extends it by hand.
 */
final class ReviewDecisions {

    /** The consilium's decision codes about programmes (its {@code Decisions}) and the steps they record. */
    static final String CLOSE = "programme-close";
    static final String EXTEND = "programme-extend";
    static final String CHANGE = "programme-change";
    static final Map<String, String> RECORDED = Map.of(EXTEND, "EXTEND_DECIDED", CHANGE, "CHANGE_DECIDED");

    /** A day as the decision's words write it: dd.MM.yyyy. */
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");

    private final ProgrammeContext ctx;
    private final Revisions revisions;

    ReviewDecisions(ProgrammeContext ctx, Revisions revisions) {
        this.ctx = ctx;
        this.revisions = revisions;
    }

    /**
     * The new last day an extension's words name: the latest real day in them after the current end, or {@code null}
     * when they name none.
     */
    static LocalDate newEnd(String words, LocalDate end) {
        LocalDate found = null;
        Matcher m = DAY.matcher(words == null ? "" : words);
        while (m.find()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
                if ((end == null || day.isAfter(end)) && (found == null || day.isAfter(found))) {
                    found = day;
                }
            } catch (DateTimeException e) {
                // 31.02.2027 is no day: the words name no new end by it
            }
        }
        return found;
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
        Instant now = ctx.db.now();
        Programme decided = ctx.db.write(em -> {
            ProgrammeEntity e = ctx.programme(em, programmeId);
            if (e.getState() != ProgrammeState.REVIEW) {
                throw new ValidationException("", "programmes.error.notInReview");
            }
            ProgrammeEntity result = e;
            LocalDate newEnd = EXTEND.equals(code) ? newEnd(words, e.getEndDate()) : null;
            if (CLOSE.equals(code)) {
                ctx.transition(em, who, e, ProgrammeState.CLOSED, Steps.fixed(who, ProgrammeState.CLOSED.name(),
                        p.date(), now, words, p.number(), p.date()));
            } else if (newEnd != null) {
                result = revisions.extended(em, who, e, p, newEnd, now);
            } else if (CHANGE.equals(code)) {
                result = revisions.changeOpened(em, who, e, p, words, now);
            } else {
                ctx.step(em, e, Steps.fixed(who, RECORDED.get(code), p.date(), now, words, p.number(), p.date()));
            }
            em.flush();
            if (result != e) {
                ProgrammesDatabase.journal(em, ctx.audit, ctx.changed(AuditAction.CREATE,
                        ProgrammeContext.PROGRAMME, result.getId(), "revision " + result.getRevision()));
            }
            return ProgrammeRecords.record(em, result);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId,
                "review " + code));
        return decided;
    }
}
