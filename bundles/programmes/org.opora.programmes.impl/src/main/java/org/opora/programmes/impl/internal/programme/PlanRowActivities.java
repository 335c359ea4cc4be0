package org.opora.programmes.impl.internal.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.support.Caller;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.support.ChainSteps;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rows of the support plans as the service's work by direction, dated by the day they begin. A row is listed to
 * whoever may read its programme's content ({@link ProgrammeAccess#canRead}: the curator, the responsible
 * specialists, holders of {@code programmes.read-all} …); a user with only {@code programmes.existence} sees none.
 * Rows of a refused programme are left out, and of a revision replaced by a later one (extended, changed) only those
 * done, since the later revision carries the rest as copies.
 */
@Component
public class PlanRowActivities implements ActivitySource {

    /** A staff id no row names: the caller who is not on the staff is responsible for none. */
    private static final long NOBODY = -1L;

    private final ProgrammeContext ctx;
    private final Translator translator;

    @Activate
    public PlanRowActivities(@Reference ProgrammesDatabase db, @Reference People people,
            @Reference ProgrammeRules rules, @Reference ProgrammeLists lists, @Reference AuditService audit,
            @Reference Translator translator) {
        this.ctx = new ProgrammeContext(db, people, rules, lists, audit);
        this.translator = translator;
    }

    @Override
    public List<Activity> activities(ActivityQuery query, Locale locale) {
        Caller who = ctx.people.who();
        if (!who.allows(ProgrammesPermissions.ACCESS)) {
            return List.of();
        }
        String kind = translator.translate("programmes.work.kind.row", locale);
        boolean all = ActivityQuery.ALL.equals(query.direction());
        // a caller who reads only the programmes they are involved in gets only their rows from the database: on a
        // district's data the others' rows would be read and then thrown away
        boolean involvedOnly = !readsEveryContent(who);
        return ctx.db.read(em -> {
            var q = em.createQuery("select r, p from PlanRowEntity r, ProgrammeEntity p where p.id = r.programmeId"
                    + " and r.fromDate >= :f and r.fromDate <= :t and p.state <> :refused"
                    + (all ? "" : " and coalesce(r.workDirection, '') = :d")
                    + (involvedOnly ? " and (p.curatorId = :me or p.createdBy = :login or exists (select m.id from"
                            + " PlanRowEntity m where m.programmeId = p.id and m.responsibleId = :me))" : "")
                    + " order by r.fromDate desc, r.id desc", Object[].class)
                    .setParameter("f", query.from()).setParameter("t", query.to())
                    .setParameter("refused", ProgrammeState.CONSENT_REFUSED);
            if (!all) {
                q.setParameter("d", query.direction());
            }
            if (involvedOnly) {
                q.setParameter("me", who.staffId() == null ? NOBODY : who.staffId()).setParameter("login", who.login());
            }
            // the programmes with a row the caller is responsible for, in one query instead of one per programme
            Set<Long> responsible = ProgrammeQueries.responsible(em, who);
            Map<Long, Boolean> readable = new HashMap<>();
            List<Activity> found = new ArrayList<>();
            for (Object[] pair : q.getResultList()) {
                PlanRowEntity r = (PlanRowEntity) pair[0];
                ProgrammeEntity p = (ProgrammeEntity) pair[1];
                boolean superseded = p.getState() == ProgrammeState.EXTENDED || p.getState() == ProgrammeState.CHANGED;
                if ((superseded && !r.isDone())
                        || !readable.computeIfAbsent(p.getId(), id -> ProgrammeAccess.canRead(who, p,
                                responsible.contains(id)) || ctx.approver(who, p))) {
                    continue;
                }
                found.add(new Activity(r.getFrom(), r.getWorkDirection(), kind, r.getActivity(), p.getPupilName(),
                        r.getResponsibleName(), "programmes/programme/" + p.getId()));
            }
            return found;
        });
    }

    /**
     * Whether the caller may read programmes they are not involved in: the system, holders of read-all, the
     * consilium's chair, and the holders of a role of the approval chain (who read what they sign).
     */
    private boolean readsEveryContent(Caller who) {
        return who.isSystem() || who.allows(ProgrammesPermissions.READ_ALL) || who.holds(BodyRoleMeaning.CHAIR)
                || ChainSteps.holdsAny(who, ctx.rules.programmeChain());
    }
}
