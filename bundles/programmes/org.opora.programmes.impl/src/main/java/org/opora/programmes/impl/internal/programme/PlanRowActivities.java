package org.opora.programmes.impl.internal.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.support.Caller;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
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
        return ctx.db.read(em -> {
            var q = em.createQuery("select r, p from PlanRowEntity r, ProgrammeEntity p where p.id = r.programmeId"
                    + " and r.fromDate >= :f and r.fromDate <= :t and p.state <> :refused"
                    + (all ? "" : " and coalesce(r.workDirection, '') = :d")
                    + " order by r.fromDate desc, r.id desc", Object[].class)
                    .setParameter("f", query.from()).setParameter("t", query.to())
                    .setParameter("refused", ProgrammeState.CONSENT_REFUSED);
            if (!all) {
                q.setParameter("d", query.direction());
            }
            Map<Long, Boolean> readable = new HashMap<>();
            List<Activity> found = new ArrayList<>();
            for (Object[] pair : q.getResultList()) {
                PlanRowEntity r = (PlanRowEntity) pair[0];
                ProgrammeEntity p = (ProgrammeEntity) pair[1];
                boolean superseded = p.getState() == ProgrammeState.EXTENDED || p.getState() == ProgrammeState.CHANGED;
                if ((superseded && !r.isDone())
                        || !readable.computeIfAbsent(p.getId(), id -> ctx.canRead(em, who, p))) {
                    continue;
                }
                found.add(new Activity(r.getFrom(), r.getWorkDirection(), kind, r.getActivity(), p.getPupilName(),
                        r.getResponsibleName(), "programmes/programme/" + p.getId()));
            }
            return found;
        });
    }
}
